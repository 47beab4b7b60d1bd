package dev.parley.adapter.server.rest;

import dev.parley.adapter.server.http.Authenticated;
import dev.parley.adapter.server.http.AuthenticatedUser;
import dev.parley.adapter.server.json.Credentials;
import dev.parley.adapter.server.json.Fields;
import dev.parley.adapter.server.json.MeView;
import dev.parley.adapter.server.json.RefreshRequest;
import dev.parley.adapter.server.json.TokenView;
import dev.parley.adapter.server.json.UserView;
import dev.parley.adapter.server.limits.Guards;
import dev.parley.adapter.server.limits.LoginGuard;
import dev.parley.ports.in.LogInUseCase;
import dev.parley.ports.in.LogOutUseCase;
import dev.parley.ports.in.RefreshTokensUseCase;
import dev.parley.ports.in.SignUpUseCase;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.Username;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.function.Supplier;
import org.glassfish.grizzly.http.server.Request;

/** Accounts and login sessions: signup, login (guarded against password guessing), refresh, logout, me. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Singleton
public final class AccountResource {
    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final RefreshTokensUseCase refresh;
    private final LogOutUseCase logOut;
    private final LoginGuard loginGuard;

    @Inject
    public AccountResource(SignUpUseCase signUp, LogInUseCase logIn, RefreshTokensUseCase refresh, LogOutUseCase logOut,
            Guards guards) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.loginGuard = guards.logins();
    }

    @POST
    @Path("signup")
    public Response signUp(Credentials body) {
        Credentials credentials = Fields.required(body, "body");
        Username username = new Username(credentials.username());
        Password password = new Password(credentials.password());
        return Response.status(Response.Status.CREATED).entity(UserView.from(signUp.signUp(username, password))).build();
    }

    @POST
    @Path("login")
    public TokenView logIn(Credentials body, @Context Request connection) {
        Credentials credentials = Fields.required(body, "body");
        String username = Fields.required(credentials.username(), "username");
        String password = Fields.required(credentials.password(), "password");
        String address = connection.getRemoteAddr();
        loginGuard.check(username, address);
        return TokenView.from(countingFailure(username, address, () -> logIn.logIn(username, password)));
    }

    /** Runs the login; a refusal of the credentials counts against the username and the address. */
    private LoginTokens countingFailure(String username, String address, Supplier<LoginTokens> login) {
        try {
            return login.get();
        } catch (ParleyException refused) {
            if (refused.code() == ErrorCode.INVALID_CREDENTIALS) {
                loginGuard.failed(username, address);
            }
            throw refused;
        }
    }

    @POST
    @Path("token/refresh")
    public TokenView refresh(RefreshRequest body) {
        return TokenView.from(refresh.refresh(Fields.required(body, "body").required()));
    }

    @POST
    @Path("logout")
    @Authenticated
    public Response logOut(@Context SecurityContext security) {
        logOut.logOut(AuthenticatedUser.of(security));
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    @Authenticated
    public MeView me(@Context SecurityContext security) {
        return MeView.from(AuthenticatedUser.of(security));
    }
}
