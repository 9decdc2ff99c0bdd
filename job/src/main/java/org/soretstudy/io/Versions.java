package org.soretstudy.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The code version, from the build (Maven-filtered resource): provenance in every output. */
public final class Versions {
    private static final String VERSION = load();

    private Versions() { }

    public static String soretStudy() { return VERSION; }

    private static String load() {
        try (InputStream in = Versions.class.getResourceAsStream("/soret-study-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
