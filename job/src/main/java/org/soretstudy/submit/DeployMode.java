package org.soretstudy.submit;

/** Where spark-submit starts the driver: in its own process ({@code client}) or on the cluster ({@code cluster}). */
public enum DeployMode {
    CLIENT,
    CLUSTER
}
