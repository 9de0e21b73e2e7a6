package org.ramp.toolchain;

/**
 * The toolchain image a result was produced with; every result records it.
 *
 * @param clangVersion the first line of {@code clang --version} in the image
 */
public record ToolchainInfo(String tag, String imageId, String clangVersion, long sizeBytes) {
}
