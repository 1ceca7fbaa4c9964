package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.attache.model.error.AttacheException;
import org.attache.store.users.User;
import org.attache.store.users.UserRole;
import org.attache.store.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache user add|remove|list|role}: who may sign in to review and submit. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description =
        "Manages the users who may sign in: viewers read, editors also review and submit"
            + " documents and edit the joint plans of the party they act for, coordinators also"
            + " approve those plans, admins all of it. Passwords are stored as PBKDF2 hashes.",
    subcommands = {
      UserCommand.Add.class,
      UserCommand.Remove.class,
      UserCommand.ListUsers.class,
      UserCommand.SetRole.class
    })
public final class UserCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A user's role and the party they act for: "coordinator for SCO". */
  static String describe(User user) {
    return user.role().code() + user.actsFor().map(p -> " for " + p).orElse("");
  }

  /** Runs an action on the users of the store, reporting failures on stderr. */
  abstract static class Action implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      prepare();
      try (StoreOptions.Store opened = store.open()) {
        run(new Users(opened.database()), out);
        out.flush();
        return ExitCodes.OK;
      }
    }

    /** What the action asks before the store is opened. */
    void prepare() {}

    abstract void run(Users users, PrintWriter out);
  }

  /** {@code attache user add NAME --role R}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Adds a user. The password is typed at the terminal (twice, not shown), read from"
              + " standard input, or from --password-file; never from the command line.")
  static final class Add extends Action {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(
        names = "--role",
        paramLabel = "ROLE",
        description = "viewer, editor, coordinator or admin (default: editor).")
    String role = "editor";

    @Option(
        names = "--acts-for",
        paramLabel = "CODE",
        description =
            "The organisation or state the user works for, by its code (SCO, ASEAN, CHN): the"
                + " party whose joint plans they edit and, as a coordinator, approve.")
    String actsFor;

    @Option(
        names = "--password-file",
        paramLabel = "FILE",
        description =
            "Read the password (at least 8 characters) from the first line of FILE, or of"
                + " standard input for '-'. Without it the password is asked for at the terminal,"
                + " or read from standard input when that is not a terminal.")
    Path passwordFile;

    /** Taken only to refuse it with a reason: a password in the arguments is seen by others. */
    @Option(names = "--password", arity = "0..1", hidden = true)
    String passwordInArguments;

    private char[] password;

    @Override
    void prepare() {
      if (passwordInArguments != null) {
        throw AttacheException.badInput(
            "A password is not taken on the command line, where other users of the machine"
                + " can see it: type it when asked, pipe it to standard input, or give"
                + " --password-file FILE");
      }
      password =
          PasswordInput.read(
              Optional.ofNullable(passwordFile),
              Optional.ofNullable(System.console()),
              System.in,
              name);
    }

    @Override
    void run(Users users, PrintWriter out) {
      try {
        User user =
            users.add(
                name, UserRole.parse(role), Optional.ofNullable(actsFor), new String(password));
        out.println("added " + user.name() + " (" + describe(user) + ")");
      } finally {
        Arrays.fill(password, ' ');
      }
    }
  }

  /** {@code attache user remove NAME}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Removes a user and ends their sessions.")
  static final class Remove extends Action {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Override
    void run(Users users, PrintWriter out) {
      users.remove(name);
      out.println("removed " + name);
    }
  }

  /** {@code attache user list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users.")
  static final class ListUsers extends Action {
    @Override
    void run(Users users, PrintWriter out) {
      for (User user : users.list()) {
        out.println(
            user.name() + "\t" + user.role().code() + user.actsFor().map(p -> "\t" + p).orElse(""));
      }
    }
  }

  /** {@code attache user role NAME ROLE}. */
  @Command(name = "role", mixinStandardHelpOptions = true, description = "Changes a user's role.")
  static final class SetRole extends Action {
    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(
        index = "1",
        paramLabel = "ROLE",
        description = "viewer, editor, coordinator or admin")
    String role;

    @Option(
        names = "--acts-for",
        paramLabel = "CODE",
        description = "The organisation or state the user now works for (SCO, ASEAN, CHN).")
    String actsFor;

    @Override
    void run(Users users, PrintWriter out) {
      User user = users.setRole(name, UserRole.parse(role));
      if (actsFor != null) {
        user = users.setActsFor(name, Optional.of(actsFor));
      }
      out.println(user.name() + " is now " + describe(user));
    }
  }
}
