package org.attache.server.page;

import static java.util.Objects.requireNonNull;
import static org.attache.server.page.Html.actorHref;
import static org.attache.server.page.Html.cell;
import static org.attache.server.page.Html.link;
import static org.attache.server.page.Html.text;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.attache.server.Services;
import org.attache.server.auth.SignedIn;
import org.attache.server.download.Downloads;
import org.attache.server.http.ApiException;
import org.attache.server.http.Params;
import org.attache.server.query.Events;
import org.attache.server.review.Decisions;
import org.attache.store.export.ExportFormat;
import org.attache.store.review.ReviewItem;

/** The pages: server-side HTML, with small script modules for charts and field selection. */
public final class Pages {
  private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

  private final Services services;

  public Pages(Services services) {
    this.services = requireNonNull(services, "services is null");
  }

  public void register(RoutesConfig config) {
    config.get("/", this::search);
    config.get("/documents/{id}", this::document);
    config.get("/actors/{kind}/{id}", this::actor);
    config.get("/pair", this::pair);
    config.get("/events", this::events);
    config.get("/network", this::network);
    config.get("/agreements", this::agreements);
    config.get("/plans", this::plans);
    config.get("/review", this::review);
    config.post("/review/{id}", this::decide);
    config.get("/login", this::login);
    config.post("/login", this::signIn);
    config.post("/logout", this::signOut);
  }

  private Optional<SignedIn> user(Context ctx) {
    return services.guard().current(ctx);
  }

  private void search(Context ctx) {
    Optional<String> q = Params.text(ctx, "q");
    StringBuilder main = new StringBuilder("<h1>Search</h1>");
    main.append("<form method=\"get\" action=\"/\" class=\"search\">")
        .append("<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"Names, places, words\"")
        .append(" value=\"")
        .append(text(q.orElse("")))
        .append("\"><button type=\"submit\">Search</button></form>");
    if (q.isPresent()) {
      List<Map<String, Object>> actors = services.actors().search(q.get(), 30);
      main.append("<section id=\"actors\"><h2>People and organisations</h2>");
      list(
          main,
          actors,
          a ->
              link(actorHref(a.get("actor")), a.get("name"))
                  + " <small>"
                  + text(a.get("kind"))
                  + "</small>");
      main.append("</section><section id=\"documents\"><h2>Documents</h2>");
      list(
          main,
          services.documents().search(q.get(), 30),
          d ->
              link("/documents/" + d.get("id"), title(d))
                  + " <small>"
                  + cell(d, "published")
                  + "</small>");
      main.append("</section><section id=\"events\"><h2>Events</h2>");
      List<Map<String, Object>> events = new ArrayList<>();
      for (Map<String, Object> actor : actors.subList(0, Math.min(5, actors.size()))) {
        events.addAll(
            rows(
                services
                    .events()
                    .page(
                        new Events.Filter(
                            Optional.empty(),
                            List.of((String) actor.get("actor")),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()),
                        50,
                        0),
                "items"));
      }
      eventTable(
          main,
          events.stream()
              .distinct()
              .sorted(
                  Comparator.comparing(
                      (Map<String, Object> e) -> String.valueOf(e.get("date")),
                      Comparator.reverseOrder()))
              .limit(50)
              .toList());
      main.append("</section>");
    } else {
      main.append("<section id=\"documents\"><h2>Latest documents</h2>");
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> latest =
          (List<Map<String, Object>>) services.documents().list(30, 0).get("items");
      list(
          main,
          latest,
          d ->
              link("/documents/" + d.get("id"), title(d))
                  + " <small>"
                  + cell(d, "published")
                  + "</small>");
      main.append("</section>");
    }
    ctx.html(Html.page("Search", user(ctx), main.toString()));
  }

  private void document(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f]{64}")) {
      throw ApiException.badRequest("A document id is 64 hex digits: '" + id + "'");
    }
    Map<String, Object> document =
        services.documents().one(id).orElseThrow(() -> ApiException.notFound("No document " + id));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> fields = (List<Map<String, Object>>) document.get("fields");
    String body = (String) document.get("text");
    StringBuilder main = new StringBuilder();
    Params.oneOf(ctx, "submitted", Set.of("new", "known"))
        .ifPresent(
            s ->
                main.append("<p class=\"notice\" id=\"submitted\">")
                    .append(
                        s.equals("new")
                            ? "Submitted: the document is stored with its records."
                            : "This document was stored already; nothing changed.")
                    .append("</p>"));
    main.append("<h1 id=\"title\">")
        .append(text(title(document)))
        .append("</h1>")
        .append("<p class=\"meta\">Published ")
        .append(cell(document, "published"))
        .append(" · source ")
        .append(cell(document, "source"))
        .append("</p><div class=\"columns\"><article id=\"text\" class=\"document-text\">")
        .append(TextMarks.render(body, fields))
        .append("</article><aside id=\"records\"><h2>Records</h2>")
        .append("<p class=\"legend\"><mark class=\"hl-person\">person</mark>")
        .append(" <mark class=\"hl-organisation\">organisation</mark>")
        .append(" <mark class=\"hl-place\">place</mark> <mark class=\"hl-date\">date</mark></p>")
        .append("<div id=\"evidence\" class=\"evidence-box\" hidden></div><ul class=\"fields\">");
    String subject = "";
    for (Map<String, Object> f : fields) {
      String s = f.get("subject_kind") + " " + f.get("subject_id");
      if (!s.equals(subject)) {
        subject = s;
        main.append("<li class=\"subject\">")
            .append(text(f.get("event_type") != null ? f.get("event_type") : f.get("subject_kind")))
            .append(" ")
            .append(text(f.get("subject_id")))
            .append("</li>");
      }
      main.append("<li><button type=\"button\" class=\"field\" data-id=\"")
          .append(text(f.get("id")))
          .append("\"");
      if (f.get("span_start") != null) {
        main.append(" data-s=\"")
            .append(text(f.get("span_start")))
            .append("\" data-e=\"")
            .append(text(f.get("span_end")))
            .append("\"");
      }
      List<int[]> spans = TextMarks.spans(f);
      if (!spans.isEmpty()) {
        main.append(" data-spans=\"")
            .append(
                text(
                    spans.stream()
                        .map(span -> span[0] + "-" + span[1])
                        .collect(Collectors.joining(" "))))
            .append("\"");
      }
      main.append("><span class=\"name\">")
          .append(text(f.get("field")))
          .append("</span> <span class=\"value\">")
          .append(cell(f, "value"))
          .append("</span> <small>")
          .append(
              text(
                  String.format(Locale.ROOT, "%.2f", ((Number) f.get("confidence")).doubleValue())))
          .append(" ")
          .append(text(f.get("state")))
          .append("</small></button></li>");
    }
    main.append("</ul></aside></div>");
    ctx.html(Html.page(title(document), user(ctx), main.toString(), "/assets/document.js"));
  }

  private void actor(Context ctx) {
    String actor = Params.checkActor(ctx.pathParam("kind") + ":" + ctx.pathParam("id"));
    Map<String, Object> a =
        services.actors().one(actor).orElseThrow(() -> ApiException.notFound("No actor " + actor));
    StringBuilder main = new StringBuilder();
    main.append("<h1 id=\"name\">")
        .append(text(a.get("name")))
        .append("</h1><p class=\"meta\">")
        .append(text(a.get("kind")))
        .append("</p>");
    if (a.containsKey("posts")) {
      main.append("<section id=\"posts\"><h2>Posts over time</h2>");
      table(
          main,
          rows(a, "posts"),
          List.of(
              "post",
              "organisation_name",
              "accredited_to_name",
              "first_reported",
              "last_reported",
              "sources"),
          List.of("Post", "Of", "Accredited to", "First reported", "Last reported", "Sources"));
      main.append("</section>");
    }
    main.append("<section id=\"contacts\"><h2>Contacts by year</h2>")
        .append("<div class=\"chart\" id=\"contacts-chart\" data-api=\"/api/actors/")
        .append(text(actor.replace(':', '/')))
        .append("\"></div>");
    table(
        main,
        rows(a, "contacts_by_year"),
        List.of("year", "meetings"),
        List.of("Year", "Meetings"));
    main.append("</section><section id=\"partners\"><h2>Partners</h2>");
    list(
        main,
        rows(a, "partners"),
        p ->
            link(actorHref(p.get("actor")), p.get("name"))
                + " · "
                + text(p.get("events"))
                + " events · "
                + link(
                    "/pair?a=" + url(actor) + "&b=" + url((String) p.get("actor")),
                    "pair dashboard"));
    for (String type : List.of("agreement", "plan", "meeting", "statement")) {
      @SuppressWarnings("unchecked")
      Map<String, Object> page = (Map<String, Object>) a.get(type + "s");
      main.append("<section id=\"")
          .append(type)
          .append("s\"><h2>")
          .append(Character.toUpperCase(type.charAt(0)))
          .append(type.substring(1))
          .append("s</h2>");
      eventTable(main, rows(page, "items"));
      more(
          main,
          page.get("total"),
          rows(page, "items").size(),
          "/events?type=" + type + "&actor=" + url(actor),
          type + "s");
      main.append("</section>");
    }
    ctx.html(
        Html.page(
            (String) a.get("name"), user(ctx), main.toString(), ECHARTS, "/assets/charts.js"));
  }

  private void pair(Context ctx) {
    Map<String, Object> a = named(ctx, "a");
    Map<String, Object> b = named(ctx, "b");
    Map<String, Object> d = services.pairs().dashboard(a, b);
    StringBuilder main = new StringBuilder();
    main.append("<h1 id=\"pair\">")
        .append(link(actorHref(a.get("actor")), a.get("name")))
        .append(" and ")
        .append(link(actorHref(b.get("actor")), b.get("name")))
        .append("</h1><section id=\"agreements\"><h2>Agreements</h2>");
    table(
        main,
        rows(d, "agreements"),
        List.of("signed", "instrument", "title", "status", "areas"),
        List.of("Signed", "Instrument", "Title", "Status", "Areas"));
    main.append("</section><section id=\"plans\"><h2>Plans</h2>");
    planList(main, rows(d, "plans"));
    String pairQuery =
        "&actor=" + url((String) a.get("actor")) + "&with=" + url((String) b.get("actor"));
    @SuppressWarnings("unchecked")
    Map<String, Object> meetings = (Map<String, Object>) d.get("meetings");
    main.append("</section><section id=\"meetings\"><h2>Meetings</h2><p class=\"meta\">")
        .append(text(meetings.get("total")))
        .append(" in all")
        .append(
            ((Number) meetings.get("undated")).longValue() > 0
                ? ", " + text(meetings.get("undated")) + " undated"
                : "")
        .append("</p><table class=\"years\"><tbody>");
    List<Map<String, Object>> perYear = rows(meetings, "by_year");
    long most =
        perYear.stream().mapToLong(r -> ((Number) r.get("meetings")).longValue()).max().orElse(1);
    for (Map<String, Object> year : perYear) {
      main.append("<tr><th>")
          .append(cell(year, "year"))
          .append("</th><td><meter min=\"0\" max=\"")
          .append(most)
          .append("\" value=\"")
          .append(cell(year, "meetings"))
          .append("\"></meter></td><td class=\"count\">")
          .append(cell(year, "meetings"))
          .append("</td></tr>");
    }
    List<Map<String, Object>> latest = rows(meetings, "latest");
    main.append("</tbody></table><h3>")
        .append(latest.size() < ((Number) meetings.get("total")).longValue() ? "Latest" : "All")
        .append(" meetings</h3><ol class=\"timeline\">");
    for (Map<String, Object> m : latest) {
      main.append("<li><time>")
          .append(cell(m, "date"))
          .append("</time> ")
          .append(text(parties(m)))
          .append(place(m))
          .append("</li>");
    }
    main.append("</ol>");
    more(
        main, meetings.get("total"), latest.size(), "/events?type=meeting" + pairQuery, "meetings");
    main.append("</section><section id=\"statements\"><h2>Statements by stance</h2>");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> stances =
        (Map<String, Map<String, Object>>) d.get("statements_by_stance");
    for (Map.Entry<String, Map<String, Object>> stance : stances.entrySet()) {
      main.append("<h3 class=\"stance\">")
          .append(text(stance.getKey()))
          .append(" (")
          .append(text(stance.getValue().get("total")))
          .append(")</h3>");
      list(
          main,
          rows(stance.getValue(), "latest"),
          x -> cell(x, "date") + " " + text(field(x, "text")));
    }
    more(
        main,
        stances.values().stream().mapToLong(x -> ((Number) x.get("total")).longValue()).sum(),
        stances.values().stream().mapToInt(x -> rows(x, "latest").size()).sum(),
        "/events?type=statement" + pairQuery,
        "statements");
    main.append("</section><section id=\"areas\"><h2>Areas by year</h2>");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Integer>> areas =
        (Map<String, Map<String, Integer>>) d.get("areas_by_year");
    TreeSet<String> allAreas = new TreeSet<>();
    areas.values().forEach(m -> allAreas.addAll(m.keySet()));
    main.append("<table><thead><tr><th>Year</th>");
    allAreas.forEach(x -> main.append("<th>").append(text(x)).append("</th>"));
    main.append("</tr></thead><tbody>");
    for (Map.Entry<String, Map<String, Integer>> year : areas.entrySet()) {
      main.append("<tr><td>").append(text(year.getKey())).append("</td>");
      allAreas.forEach(
          x -> main.append("<td>").append(year.getValue().getOrDefault(x, 0)).append("</td>"));
      main.append("</tr>");
    }
    main.append("</tbody></table></section>");
    main.append(downloads(pairQuery));
    ctx.html(Html.page(a.get("name") + " and " + b.get("name"), user(ctx), main.toString()));
  }

  /** Every event matching a filter, newest first, a page at a time. */
  private void events(Context ctx) {
    Optional<String> type = Params.oneOf(ctx, "type", Events.TYPES);
    List<Map<String, Object>> actors = new ArrayList<>();
    for (String param : List.of("actor", "with")) {
      if (Params.actor(ctx, param).isPresent()) {
        actors.add(named(ctx, param));
      }
    }
    Optional<String> area = Params.text(ctx, "area");
    Optional<String> from = Params.date(ctx, "from");
    Optional<String> to = Params.date(ctx, "to");
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = Params.integer(ctx, "limit", 50, 1, 500);
    Map<String, Object> page =
        services
            .events()
            .page(
                new Events.Filter(
                    type,
                    actors.stream().map(x -> (String) x.get("actor")).toList(),
                    area,
                    from,
                    to),
                limit,
                offset);
    StringBuilder query = new StringBuilder("&limit=" + limit);
    type.ifPresent(t -> query.append("&type=").append(url(t)));
    for (int i = 0; i < actors.size(); i++) {
      query.append(i == 0 ? "&actor=" : "&with=").append(url((String) actors.get(i).get("actor")));
    }
    area.ifPresent(x -> query.append("&area=").append(url(x)));
    from.ifPresent(x -> query.append("&from=").append(url(x)));
    to.ifPresent(x -> query.append("&to=").append(url(x)));
    StringBuilder heading = new StringBuilder(type.map(t -> t + "s").orElse("Events"));
    heading.setCharAt(0, Character.toUpperCase(heading.charAt(0)));
    for (int i = 0; i < actors.size(); i++) {
      heading.append(i == 0 ? " of " : " with ").append(actors.get(i).get("name"));
    }
    area.ifPresent(x -> heading.append(" in ").append(x));
    from.ifPresent(x -> heading.append(" from ").append(x));
    to.ifPresent(x -> heading.append(" to ").append(x));
    long total = ((Number) page.get("total")).longValue();
    List<Map<String, Object>> items = rows(page, "items");
    StringBuilder main = new StringBuilder("<h1 id=\"events-heading\">");
    main.append(text(heading))
        .append("</h1><p class=\"meta\" id=\"range\">")
        .append(items.isEmpty() ? "None" : (offset + 1) + "–" + (offset + items.size()))
        .append(" of ")
        .append(total)
        .append(", newest first</p>");
    eventTable(main, items);
    main.append("<nav class=\"pages\">");
    if (offset > 0) {
      main.append(link("/events?offset=" + Math.max(0, offset - limit) + query, "Newer"));
    }
    if (offset + items.size() < total) {
      main.append(" ").append(link("/events?offset=" + (offset + limit) + query, "Older"));
    }
    main.append("</nav>");
    main.append(downloads(query.substring(("&limit=" + limit).length())));
    ctx.html(Html.page(heading.toString(), user(ctx), main.toString()));
  }

  private void network(Context ctx) {
    Optional<String> from = Params.date(ctx, "from");
    Optional<String> to = Params.date(ctx, "to");
    Optional<String> area = Params.text(ctx, "area");
    String type = Params.oneOf(ctx, "type", Events.TYPES).orElse("meeting");
    Map<String, Object> network = services.network().of(type, area, from, to);
    StringBuilder query = new StringBuilder("type=" + url(type));
    from.ifPresent(f -> query.append("&from=").append(url(f)));
    to.ifPresent(t -> query.append("&to=").append(url(t)));
    area.ifPresent(x -> query.append("&area=").append(url(x)));
    StringBuilder main = new StringBuilder("<h1>Contact network</h1>");
    main.append("<form method=\"get\" action=\"/network\" class=\"filters\">")
        .append("<label>From <input name=\"from\" id=\"from\" value=\"")
        .append(text(from.orElse("")))
        .append("\" placeholder=\"2025\"></label>")
        .append("<label>To <input name=\"to\" id=\"to\" value=\"")
        .append(text(to.orElse("")))
        .append("\" placeholder=\"2025-12\"></label>")
        .append("<label>Area <input name=\"area\" id=\"area\" value=\"")
        .append(text(area.orElse("")))
        .append("\" placeholder=\"energy\"></label>")
        .append("<label>Event type <select name=\"type\" id=\"type\">");
    for (String t : new TreeSet<>(Events.TYPES)) {
      main.append("<option")
          .append(t.equals(type) ? " selected" : "")
          .append(">")
          .append(text(t))
          .append("</option>");
    }
    main.append("</select></label><button type=\"submit\">Show</button></form>")
        .append("<div class=\"chart network\" id=\"network-chart\" data-api=\"/api/network?")
        .append(text(query.toString()))
        .append("\"></div><h2>Pairs</h2>");
    List<Map<String, Object>> edges = rows(network, "edges");
    if (edges.isEmpty()) {
      main.append("<p class=\"empty\">No contacts in this period.</p>");
    } else {
      main.append(
          "<table id=\"pairs\"><thead><tr><th>Actor</th><th>Actor</th><th>Events</th><th></th></tr></thead><tbody>");
      for (Map<String, Object> e : edges) {
        main.append("<tr><td>")
            .append(link(actorHref(e.get("source")), e.get("source_name")))
            .append("</td><td>")
            .append(link(actorHref(e.get("target")), e.get("target_name")))
            .append("</td><td>")
            .append(cell(e, "events"))
            .append("</td><td>")
            .append(
                link(
                    "/pair?a="
                        + url((String) e.get("source"))
                        + "&b="
                        + url((String) e.get("target")),
                    "pair dashboard"))
            .append("</td></tr>");
      }
      main.append("</tbody></table>");
    }
    ctx.html(
        Html.page("Contact network", user(ctx), main.toString(), ECHARTS, "/assets/charts.js"));
  }

  private void agreements(Context ctx) {
    StringBuilder main = new StringBuilder("<h1>Agreements</h1>");
    table(
        main,
        services.registry().agreements(Optional.empty()),
        List.of("signed", "instrument", "title", "status", "parties", "areas"),
        List.of("Signed", "Instrument", "Title", "Status", "Parties", "Areas"));
    ctx.html(Html.page("Agreements", user(ctx), main.toString()));
  }

  private void plans(Context ctx) {
    StringBuilder main = new StringBuilder("<h1>Plans</h1>");
    planList(main, services.registry().plans(Optional.empty()));
    ctx.html(Html.page("Plans", user(ctx), main.toString()));
  }

  private void review(Context ctx) {
    Optional<SignedIn> signedIn = user(ctx);
    StringBuilder main = new StringBuilder("<h1>Review</h1>");
    Params.text(ctx, "done")
        .ifPresent(
            d -> main.append("<p id=\"notice\" class=\"notice\">").append(text(d)).append("</p>"));
    if (signedIn.isEmpty()) {
      main.append("<p id=\"sign-in-to-review\">")
          .append(link("/login?then=/review", "Sign in"))
          .append(" to confirm, correct or reject fields.</p>");
    }
    main.append("<table id=\"queue\"><thead><tr><th>Confidence</th><th>Field</th><th>Value</th>")
        .append("<th>Evidence</th><th>Document</th><th></th></tr></thead><tbody>");
    for (ReviewItem item : services.review().queue(Params.integer(ctx, "limit", 100, 1, 1000))) {
      main.append("<tr data-id=\"")
          .append(item.id())
          .append("\"><td>")
          .append(String.format(Locale.ROOT, "%.2f", item.confidence()))
          .append("</td><td>")
          .append(text(item.subjectKind() + " " + item.field()))
          .append("</td><td class=\"value\">")
          .append(text(item.value().orElse("–")))
          .append("</td><td class=\"quote\">")
          .append(text(item.quote().orElse("")))
          .append("</td><td>")
          .append(link("/documents/" + item.documentId(), item.documentId().substring(0, 8)))
          .append("</td><td>");
      if (signedIn.isPresent() && signedIn.get().user().role().mayEdit()) {
        String form =
            "<form method=\"post\" action=\"/review/"
                + item.id()
                + "\" class=\"inline\">"
                + Html.csrfField(signedIn.get());
        main.append(form)
            .append("<button name=\"action\" value=\"confirm\" class=\"confirm\">Confirm</button>")
            .append(
                "<button name=\"action\" value=\"reject\" class=\"reject\">Reject</button></form> ")
            .append(form)
            .append(
                "<input name=\"value\" class=\"correction\" aria-label=\"Correct value\" value=\"")
            .append(text(item.value().orElse("")))
            .append(
                "\"><button name=\"action\" value=\"correct\" class=\"correct\">Correct</button></form>");
      }
      main.append("</td></tr>");
    }
    main.append("</tbody></table>");
    ctx.html(Html.page("Review", signedIn, main.toString()));
  }

  private void decide(Context ctx) {
    SignedIn signedIn = services.guard().editor(ctx);
    long id = Decisions.id(ctx.pathParam("id"));
    String action = Params.form(ctx, "action").orElse("");
    Decisions.decide(
        services.review(),
        id,
        action,
        Optional.of(
            Params.checkText("value", Optional.ofNullable(ctx.formParam("value")).orElse(""))),
        signedIn.user().name(),
        Optional.empty());
    ctx.redirect("/review?done=" + url("Field " + id + ": " + action + " done"));
  }

  private void login(Context ctx) {
    String main =
        "<h1>Sign in</h1><form method=\"post\" action=\"/login\" class=\"login\">"
            + "<label>Name <input name=\"name\" id=\"name\" autocomplete=\"username\"></label>"
            + "<label>Password <input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\"></label>"
            + "<button type=\"submit\" id=\"sign-in-button\">Sign in</button></form>"
            + Params.text(ctx, "failed")
                .map(f -> "<p class=\"error\" id=\"failed\">Wrong name or password.</p>")
                .orElse("");
    ctx.html(Html.page("Sign in", user(ctx), main));
  }

  private void signIn(Context ctx) {
    services.guard().sameSite(ctx);
    try {
      services
          .guard()
          .signIn(
              ctx,
              Params.form(ctx, "name").orElse(""),
              Optional.ofNullable(ctx.formParam("password"))
                  .map(p -> Params.checkText("password", p))
                  .orElse(""));
    } catch (ApiException e) {
      if (e.status() != 401) {
        throw e;
      }
      ctx.redirect("/login?failed=1");
      return;
    }
    ctx.redirect("/review");
  }

  private void signOut(Context ctx) {
    services.guard().signOut(ctx);
    ctx.redirect("/");
  }

  private Map<String, Object> named(Context ctx, String param) {
    String actor =
        Params.actor(ctx, param)
            .orElseThrow(() -> ApiException.badRequest("Give an actor in '" + param + "'"));
    return services
        .actors()
        .name(actor)
        .orElseThrow(() -> ApiException.notFound("No actor " + actor));
  }

  private static void planList(StringBuilder main, List<Map<String, Object>> plans) {
    for (Map<String, Object> plan : plans) {
      main.append("<div class=\"plan\"><h3>")
          .append(text(plan.get("title") == null ? "Plan " + plan.get("id") : plan.get("title")))
          .append(" <span class=\"status status-")
          .append(text(plan.get("status")))
          .append("\">")
          .append(cell(plan, "status"))
          .append("</span></h3><p class=\"meta\">")
          .append(cell(plan, "period_from"))
          .append(" to ")
          .append(cell(plan, "period_to"))
          .append(" · ")
          .append(text(names(plan)))
          .append("</p>");
      table(
          main,
          rows(plan, "items"),
          List.of("title", "planned", "actual", "held_on", "status"),
          List.of("Item", "Planned", "Actual", "Meeting held", "Status"));
      main.append("</div>");
    }
    if (plans.isEmpty()) {
      main.append("<p class=\"empty\">No plans.</p>");
    }
  }

  /** A link to every one of a list when the page shows only some. */
  private static void more(StringBuilder main, Object total, long shown, String href, String what) {
    long all = ((Number) total).longValue();
    if (shown < all) {
      main.append("<p class=\"more\">")
          .append(link(href, "All " + all + " " + what))
          .append("</p>");
    }
  }

  private static void eventTable(StringBuilder main, List<Map<String, Object>> events) {
    if (events.isEmpty()) {
      main.append("<p class=\"empty\">None.</p>");
      return;
    }
    main.append(
        "<table class=\"events\"><thead><tr><th>Date</th><th>Type</th><th>Parties</th><th>What</th><th>Areas</th></tr></thead><tbody>");
    for (Map<String, Object> e : events) {
      main.append("<tr><td>")
          .append(cell(e, "date"))
          .append("</td><td>")
          .append(cell(e, "type"))
          .append("</td><td>");
      List<String> links = new ArrayList<>();
      for (Map<String, Object> p : rows(e, "parties")) {
        links.add(link(actorHref(p.get("actor")), p.get("name")));
      }
      main.append(String.join(", ", links))
          .append("</td><td>")
          .append(
              text(
                  Optional.ofNullable(field(e, "title"))
                      .or(() -> Optional.ofNullable(field(e, "text")))
                      .orElse("")))
          .append(place(e))
          .append("</td><td>")
          .append(text(String.join(", ", strings(e.get("areas")))))
          .append("</td></tr>");
    }
    main.append("</tbody></table>");
  }

  private static void table(
      StringBuilder main,
      List<Map<String, Object>> rows,
      List<String> columns,
      List<String> headers) {
    if (rows.isEmpty()) {
      main.append("<p class=\"empty\">None.</p>");
      return;
    }
    main.append("<table><thead><tr>");
    headers.forEach(h -> main.append("<th>").append(text(h)).append("</th>"));
    main.append("</tr></thead><tbody>");
    for (Map<String, Object> row : rows) {
      main.append("<tr>");
      for (String column : columns) {
        Object value = row.get(column);
        main.append("<td class=\"").append(text(column)).append("\">");
        if (column.equals("parties")) {
          main.append(text(names(row)));
        } else if (value instanceof List<?> list) {
          main.append(text(String.join(", ", strings(list))));
        } else if (column.equals("status")) {
          main.append("<span class=\"status status-")
              .append(text(value))
              .append("\">")
              .append(cell(row, column))
              .append("</span>");
        } else {
          main.append(cell(row, column));
        }
        main.append("</td>");
      }
      main.append("</tr>");
    }
    main.append("</tbody></table>");
  }

  private static <T> void list(
      StringBuilder main, List<T> items, java.util.function.Function<T, String> render) {
    if (items.isEmpty()) {
      main.append("<p class=\"empty\">None.</p>");
      return;
    }
    main.append("<ul>");
    items.forEach(i -> main.append("<li>").append(render.apply(i)).append("</li>"));
    main.append("</ul>");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  private static List<String> strings(Object list) {
    List<String> out = new ArrayList<>();
    if (list instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x)));
    }
    return out;
  }

  private static String names(Map<String, Object> event) {
    List<String> names = new ArrayList<>();
    rows(event, "parties").forEach(p -> names.add(String.valueOf(p.get("name"))));
    return String.join(", ", names);
  }

  private static String parties(Map<String, Object> event) {
    return names(event);
  }

  @SuppressWarnings("unchecked")
  private static String field(Map<String, Object> event, String name) {
    Object fields = event.get("fields");
    return fields == null ? null : (String) ((Map<String, Object>) fields).get(name);
  }

  private static String place(Map<String, Object> event) {
    String city = field(event, "place.city");
    String country = field(event, "place.country");
    if (city == null && country == null) {
      return "";
    }
    return " · in " + text(city != null ? city : country);
  }

  private static String title(Map<String, Object> document) {
    Object title = document.get("title");
    return title == null
        ? "Document " + document.get("id").toString().substring(0, 8)
        : title.toString();
  }

  /** Links that download the events a page shows, as {@code attache export} writes them. */
  private static String downloads(String filters) {
    return "<p class=\"downloads\" id=\"downloads\">Download these events: "
        + link(Downloads.href(ExportFormat.JSONL, filters), "JSON Lines")
        + " · "
        + link(Downloads.href(ExportFormat.CSV, filters), "CSV tables (zip)")
        + "</p>";
  }

  private static String url(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
