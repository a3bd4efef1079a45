package dev.hearth.adapter.out.postgres.crypto;

import dev.hearth.application.port.out.crypto.FieldEncryptionContractTest;
import dev.hearth.application.port.out.crypto.FieldEncryptionPort;

/** The field-encryption contract against the Tink adapter. */
class TinkFieldEncryptionAdapterContractTest extends FieldEncryptionContractTest {

    private final TinkFieldEncryptionAdapter encryption = TinkFieldEncryptionAdapter.create(FieldKeyset.generate());
    private final TinkFieldEncryptionAdapter stranger = TinkFieldEncryptionAdapter.create(FieldKeyset.generate());

    @Override
    protected FieldEncryptionPort encryption() {
        return encryption;
    }

    @Override
    protected FieldEncryptionPort strangerWithOtherKeys() {
        return stranger;
    }
}
