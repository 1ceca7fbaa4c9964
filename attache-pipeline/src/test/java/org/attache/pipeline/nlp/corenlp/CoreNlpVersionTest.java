package org.attache.pipeline.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.attache.pipeline.version.ExtractorVersion;
import org.junit.jupiter.api.Test;

class CoreNlpVersionTest {
  /** The build digests the CoreNLP version it is given: the one on the class path. */
  @Test
  void theExtractorsVersionCountsTheCoreNlpOnTheClassPath() {
    assertThat(ExtractorVersion.stamp().getProperty("extra.corenlp"))
        .isEqualTo(StanfordCoreNLP.class.getPackage().getImplementationVersion())
        .isEqualTo("4.5.10");
  }
}
