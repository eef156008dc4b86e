package io.hvmon.app.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by the build), and the Java runtime it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {
                "hvmon " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
