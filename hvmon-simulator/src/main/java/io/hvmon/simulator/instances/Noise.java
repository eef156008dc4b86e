package io.hvmon.simulator.instances;

/** Counter noise that is a pure function of its inputs (SplitMix64), so the same seed and tick read the same. */
final class Noise {

    private Noise() {
    }

    /** Uniform in [0, 1) for this seed and these parts. */
    static double unit(long seed, long... parts) {
        long h = mix(seed);
        for (long part : parts) {
            h = mix(h ^ (part * 0x9E3779B97F4A7C15L));
        }
        return (h >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
