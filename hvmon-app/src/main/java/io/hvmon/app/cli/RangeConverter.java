package io.hvmon.app.cli;

import io.hvmon.app.check.Range;
import picocli.CommandLine;

/** A threshold option's value, parsed as a Nagios range; a bad one is a usage error saying why. */
final class RangeConverter implements CommandLine.ITypeConverter<Range> {

    @Override
    public Range convert(String value) {
        try {
            return Range.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
