package org.attache.pipeline.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A {@link Stage} that declares its name and layers once, to this constructor, so that a stage's
 * class holds its job alone.
 */
public abstract class DeclaredStage implements Stage {
  private final String name;
  private final Set<Layer> requires;
  private final Set<Layer> provides;

  /**
   * @param name a short name for messages and timing ("annotate", "actors")
   * @param requires the layers that must be present before the stage runs
   * @param provides the layers the stage adds
   */
  protected DeclaredStage(String name, Set<Layer> requires, Set<Layer> provides) {
    this.name = requireNonNull(name, "name is null");
    this.requires = layers(requires);
    this.provides = layers(provides);
  }

  /** An unmodifiable copy in the layers' order. */
  private static Set<Layer> layers(Set<Layer> layers) {
    Set<Layer> copy = EnumSet.noneOf(Layer.class);
    copy.addAll(layers);
    return Collections.unmodifiableSet(copy);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<Layer> requires() {
    return requires;
  }

  @Override
  public final Set<Layer> provides() {
    return provides;
  }
}
