package org.attache.server.stories;

import org.attache.server.http.Refusal;
import org.attache.server.http.Routes;
import org.attache.server.page.Pages;
import org.attache.store.stories.Stories;
import org.attache.store.stories.Story;

/**
 * Stories: the documents that tell one story (near-copies, or reports of the same events), with
 * their outlets and the events they report, each once.
 */
public final class StoryRoutes {
  /** How many stories the list shows. */
  static final int LATEST = 50;

  private StoryRoutes() {}

  public static void register(Routes routes, Stories stories, Pages pages) {
    routes.pageGet(
        "/stories",
        ctx -> pages.send(ctx, "stories/stories.jte", "Stories", stories.latest(LATEST)));
    routes.pageGet(
        "/stories/{id}",
        ctx -> {
          String id = ctx.pathParam("id");
          if (!id.matches("\\d{1,18}")) {
            throw Refusal.BAD_REQUEST.because("A story is named by its number, not '" + id + "'");
          }
          Story story =
              stories
                  .find(Long.parseLong(id))
                  .orElseThrow(() -> Refusal.NOT_FOUND.because("No story " + id));
          pages.send(ctx, "stories/story.jte", "Story " + id, story);
        });
  }
}
