package org.attache.knowledge;

import static java.util.Objects.requireNonNull;

/** What a phrase found by {@link KnowledgeBase#find(CharSequence)} stands for. */
public sealed interface Entity
    permits Entity.StateName,
        Entity.StateDemonym,
        Entity.CityName,
        Entity.OrganisationName,
        Entity.Title {

  /**
   * A state named by its name, official name or a variant ("China", "PRC").
   *
   * @param state the state
   */
  record StateName(State state) implements Entity {
    public StateName {
      requireNonNull(state, "state is null");
    }
  }

  /**
   * A state named by its demonym or adjective ("Chinese", "Uzbekistani").
   *
   * @param state the state
   */
  record StateDemonym(State state) implements Entity {
    public StateDemonym {
      requireNonNull(state, "state is null");
    }
  }

  /**
   * A city, by its name or a variant ("Nur-Sultan" for Astana).
   *
   * @param city the city
   * @param state the state it lies in
   */
  record CityName(City city, State state) implements Entity {
    public CityName {
      requireNonNull(city, "city is null");
      requireNonNull(state, "state is null");
    }

    /** The city under its usual name, with its state's code. */
    public Location location() {
      return new Location(city.name(), state.code());
    }

    /** Whether the city is its state's capital. */
    public boolean isCapital() {
      return state.capital().equals(city);
    }
  }

  /**
   * An organisation, by its name, a variant or an acronym ("Shanghai Cooperation Organization",
   * "SCO").
   *
   * @param organisation the organisation
   */
  record OrganisationName(Organisation organisation) implements Entity {
    public OrganisationName {
      requireNonNull(organisation, "organisation is null");
    }
  }

  /**
   * A post title ("Foreign Minister"), with its normalised form and kind.
   *
   * @param post the title
   */
  record Title(PostTitle post) implements Entity {
    public Title {
      requireNonNull(post, "post is null");
    }
  }
}
