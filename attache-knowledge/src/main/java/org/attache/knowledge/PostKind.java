package org.attache.knowledge;

import org.attache.model.Vocabulary;

/** What kind of post a title names. */
public enum PostKind implements Vocabulary {
  HEAD_OF_STATE,
  HEAD_OF_GOVERNMENT,
  MINISTER,
  ENVOY,
  OFFICIAL;
}
