package dev.hearth.application.port.out.crypto;

/** The field-encryption contract, run against the fake use-case tests rely on. */
class InMemoryFieldEncryptionTest extends FieldEncryptionContractTest {

    private final InMemoryFieldEncryption encryption = new InMemoryFieldEncryption(1);
    private final InMemoryFieldEncryption stranger = new InMemoryFieldEncryption(2);

    @Override
    protected FieldEncryptionPort encryption() {
        return encryption;
    }

    @Override
    protected FieldEncryptionPort strangerWithOtherKeys() {
        return stranger;
    }
}
