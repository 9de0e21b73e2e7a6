package io.jenkins.plugins.ramp.engine;

import java.io.Serializable;

/**
 * What the global configuration adds to every run: where the price table was written for this run (or null), the
 * toolchain image (or null: the engine builds or finds its own), and AEI's scales (null: the published ones).
 */
public final class EngineSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    public final String pricesFile;
    public final String toolchainImage;
    public final Double timeScale;
    public final Double costScale;
    public final Double tokenScale;

    public EngineSettings(String pricesFile, String toolchainImage, Double timeScale, Double costScale,
            Double tokenScale) {
        this.pricesFile = pricesFile;
        this.toolchainImage = toolchainImage;
        this.timeScale = timeScale;
        this.costScale = costScale;
        this.tokenScale = tokenScale;
    }

    public static EngineSettings defaults() {
        return new EngineSettings(null, null, null, null, null);
    }
}
