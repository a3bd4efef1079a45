/**
 * A service that embeds the domain jar and nothing else. It reads the domain as the named module
 * {@code dev.hearth.domain} (the jar's Automatic-Module-Name): if that name ever changes or disappears, this does not
 * compile.
 */
module dev.hearth.consumer {
    requires dev.hearth.domain;
}
