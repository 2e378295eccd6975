package dev.terms.cli;

import picocli.CommandLine.IVersionProvider;

public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"terms " + (v == null ? "dev" : v) + " (terms format 1)"};
    }
}
