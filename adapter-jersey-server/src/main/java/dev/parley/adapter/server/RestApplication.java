package dev.parley.adapter.server;

import dev.parley.adapter.server.http.AccessLog;
import dev.parley.adapter.server.http.AccessLogFilter;
import dev.parley.adapter.server.http.BearerAuthFilter;
import dev.parley.adapter.server.http.BearerAuthentication;
import dev.parley.adapter.server.http.BodyLimit;
import dev.parley.adapter.server.http.BodyLimitFilter;
import dev.parley.adapter.server.http.JsonBodyReader;
import dev.parley.adapter.server.http.JsonBodyWriter;
import dev.parley.adapter.server.http.ParleyExceptionMapper;
import dev.parley.adapter.server.http.UnexpectedExceptionMapper;
import dev.parley.adapter.server.http.WebApplicationExceptionMapper;
import dev.parley.adapter.server.limits.Guards;
import dev.parley.adapter.server.metrics.ServerMetrics;
import dev.parley.adapter.server.rest.AccountResource;
import dev.parley.adapter.server.rest.AgentResource;
import dev.parley.adapter.server.rest.FriendResource;
import dev.parley.adapter.server.rest.MessageResource;
import dev.parley.adapter.server.rest.OperationsResource;
import dev.parley.ports.in.AcceptFriendRequestUseCase;
import dev.parley.ports.in.ListFriendAgentsUseCase;
import dev.parley.ports.in.ListFriendRequestsUseCase;
import dev.parley.ports.in.ListFriendsUseCase;
import dev.parley.ports.in.ListOwnAgentsUseCase;
import dev.parley.ports.in.LogInUseCase;
import dev.parley.ports.in.LogOutUseCase;
import dev.parley.ports.in.ReadHistoryUseCase;
import dev.parley.ports.in.RefreshTokensUseCase;
import dev.parley.ports.in.RegisterAgentUseCase;
import dev.parley.ports.in.RejectFriendRequestUseCase;
import dev.parley.ports.in.RemoveAgentUseCase;
import dev.parley.ports.in.RemoveFriendUseCase;
import dev.parley.ports.in.SendFriendRequestUseCase;
import dev.parley.ports.in.SignUpUseCase;
import dev.parley.ports.in.UpdateAgentUseCase;
import org.glassfish.hk2.utilities.binding.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The Jersey application: resource classes, the JSON providers, the filters and the problem mappers. */
final class RestApplication {
    private RestApplication() {
    }

    /** The HTTP pieces the Jersey routes share with the message handler: one instance of each per server. */
    record Shared(ServerMetrics metrics, Guards guards, AccessLog accessLog, BearerAuthentication authentication, BodyLimit bodyLimit) {
    }

    static ResourceConfig create(ServerUseCases useCases, Shared shared) {
        return new ResourceConfig()
                .register(AccountResource.class)
                .register(FriendResource.class)
                .register(AgentResource.class)
                .register(MessageResource.class)
                .register(OperationsResource.class)
                .register(new JsonBodyReader(shared.bodyLimit()))
                .register(new JsonBodyWriter())
                .register(new BodyLimitFilter(shared.bodyLimit()))
                .register(new AccessLogFilter(shared.accessLog()))
                .register(new BearerAuthFilter(shared.authentication()))
                .register(new ParleyExceptionMapper())
                .register(new WebApplicationExceptionMapper())
                .register(new UnexpectedExceptionMapper())
                .register(binder(useCases, shared.metrics(), shared.guards()))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    }

    private static AbstractBinder binder(ServerUseCases useCases, ServerMetrics metrics, Guards guards) {
        return new AbstractBinder() {
            @Override
            protected void configure() {
                bind(metrics).to(ServerMetrics.class);
                bind(guards).to(Guards.class);
                bind(useCases.signUp()).to(SignUpUseCase.class);
                bind(useCases.logIn()).to(LogInUseCase.class);
                bind(useCases.refreshTokens()).to(RefreshTokensUseCase.class);
                bind(useCases.logOut()).to(LogOutUseCase.class);
                bind(useCases.sendFriendRequest()).to(SendFriendRequestUseCase.class);
                bind(useCases.acceptFriendRequest()).to(AcceptFriendRequestUseCase.class);
                bind(useCases.rejectFriendRequest()).to(RejectFriendRequestUseCase.class);
                bind(useCases.listFriendRequests()).to(ListFriendRequestsUseCase.class);
                bind(useCases.listFriends()).to(ListFriendsUseCase.class);
                bind(useCases.removeFriend()).to(RemoveFriendUseCase.class);
                bind(useCases.registerAgent()).to(RegisterAgentUseCase.class);
                bind(useCases.updateAgent()).to(UpdateAgentUseCase.class);
                bind(useCases.removeAgent()).to(RemoveAgentUseCase.class);
                bind(useCases.listOwnAgents()).to(ListOwnAgentsUseCase.class);
                bind(useCases.listFriendAgents()).to(ListFriendAgentsUseCase.class);
                bind(useCases.readHistory()).to(ReadHistoryUseCase.class);
            }
        };
    }
}
