package org.soretstudy.cli;

import org.soretstudy.io.Versions;
import picocli.CommandLine.IVersionProvider;

/** picocli's {@code --version}. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"soret-study " + Versions.soretStudy(), "Java " + System.getProperty("java.version")};
    }
}
