package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A store migrated with the first release of V3 opens with this version's schema. */
class FirstReleaseOfV3Test {
  @Test
  void opensWithTheSchemaOfANewStore() throws Exception {
    Database fresh = TestingPostgres.freshDatabase("new_store_v3");
    String url = EarlierStores.ofTheFirstReleaseOfV3("v3_6d73acf_schema");

    Database database = Database.open(url);

    assertThat(TestingSchema.describe(database)).isEqualTo(TestingSchema.describe(fresh));
    assertThat(TestingSchema.history(database)).isEqualTo(TestingSchema.history(fresh));
    Database again = Database.open(url);
    assertThat(TestingSchema.history(again)).isEqualTo(TestingSchema.history(fresh));
  }
}
