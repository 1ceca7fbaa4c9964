package org.attache.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Reads and writes records as JSON. Output is deterministic: the same record gives the same bytes.
 */
public final class RecordCodec {
  private static final ObjectMapper MAPPER = newMapper();

  private RecordCodec() {}

  /** A mapper configured for the record format; callers may use it for other record types. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One record as a single line of JSON, without the line end. */
  public static String toJsonLine(DocumentRecord record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot write record " + record.document().id(), e);
    }
  }

  /**
   * Reads one record.
   *
   * @throws IllegalArgumentException when the JSON is not a valid record
   */
  public static DocumentRecord fromJson(String json) {
    try {
      return MAPPER.readValue(json, DocumentRecord.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a valid record: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectMapper newMapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(new Jdk8Module());
    mapper.registerModule(vocabularies());
    mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS));
    mapper.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    // An absent or null field is read as absent: Optional.empty() or an empty collection, which
    // the records require in place of null.
    for (Class<?> type : List.of(Optional.class, List.class, Map.class, SortedMap.class)) {
      mapper.configOverride(type).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }
    return mapper;
  }

  /**
   * Reads every {@link Vocabulary} with its {@link Vocabulary#parse}, so that case does not count.
   */
  private static SimpleModule vocabularies() {
    SimpleModule module = new SimpleModule("vocabularies");
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyEnumDeserializer(
              DeserializationConfig config,
              JavaType type,
              BeanDescription description,
              JsonDeserializer<?> deserializer) {
            return Vocabulary.class.isAssignableFrom(type.getRawClass())
                ? new VocabularyDeserializer(type.getRawClass().asSubclass(Vocabulary.class))
                : deserializer;
          }
        });
    return module;
  }

  private static final class VocabularyDeserializer extends StdScalarDeserializer<Vocabulary> {
    private static final long serialVersionUID = 1L;

    private final Class<? extends Vocabulary> type;

    VocabularyDeserializer(Class<? extends Vocabulary> type) {
      super(type);
      this.type = type;
    }

    @Override
    public Vocabulary deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      return Vocabulary.parse(type, parser.getValueAsString());
    }
  }
}
