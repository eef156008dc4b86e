package io.hvmon.simulator.fleet;

import java.util.List;

/**
 * SplitMix64: a tiny generator whose output is fixed by its algorithm, not by the JDK version, so a seed means the
 * same simulated fleet on every machine. Not thread-safe; each use creates its own from a derived seed.
 */
final class SeededRandom {

    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    /** A generator for one purpose, derived from a seed and any number of discriminating parts (index, tick, ...). */
    static SeededRandom derive(long seed, long... parts) {
        long h = mix(seed);
        for (long part : parts) {
            h = mix(h ^ (part * 0x9E3779B97F4A7C15L));
        }
        return new SeededRandom(h);
    }

    /** A stable seed for a name, so host "HV-NODE01" always gets the same stream. */
    static long hash(String text) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001B3L;
        }
        return mix(h);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) Math.floorMod(nextLong(), (long) bound);
    }

    /** Uniform in [min, max]. */
    int between(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(List<T> choices) {
        return choices.get(nextInt(choices.size()));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
