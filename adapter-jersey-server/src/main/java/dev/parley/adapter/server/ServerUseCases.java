package dev.parley.adapter.server;

import dev.parley.ports.in.AcceptFriendRequestUseCase;
import dev.parley.ports.in.AuthenticateUseCase;
import dev.parley.ports.in.ListFriendAgentsUseCase;
import dev.parley.ports.in.ListFriendRequestsUseCase;
import dev.parley.ports.in.ListFriendsUseCase;
import dev.parley.ports.in.ListOwnAgentsUseCase;
import dev.parley.ports.in.LogInUseCase;
import dev.parley.ports.in.LogOutUseCase;
import dev.parley.ports.in.OpenDeliverySessionUseCase;
import dev.parley.ports.in.ReadHistoryUseCase;
import dev.parley.ports.in.RefreshTokensUseCase;
import dev.parley.ports.in.RegisterAgentUseCase;
import dev.parley.ports.in.RejectFriendRequestUseCase;
import dev.parley.ports.in.RemoveAgentUseCase;
import dev.parley.ports.in.RemoveFriendUseCase;
import dev.parley.ports.in.SendFriendRequestUseCase;
import dev.parley.ports.in.SendMessageUseCase;
import dev.parley.ports.in.SignUpUseCase;
import dev.parley.ports.in.UpdateAgentUseCase;
import java.util.Objects;
import java.util.stream.Stream;

/** The inbound ports the server drives; the server never sees a store. */
public record ServerUseCases(
        SignUpUseCase signUp,
        LogInUseCase logIn,
        LogOutUseCase logOut,
        RefreshTokensUseCase refreshTokens,
        AuthenticateUseCase authenticate,
        SendFriendRequestUseCase sendFriendRequest,
        AcceptFriendRequestUseCase acceptFriendRequest,
        RejectFriendRequestUseCase rejectFriendRequest,
        RemoveFriendUseCase removeFriend,
        ListFriendsUseCase listFriends,
        ListFriendRequestsUseCase listFriendRequests,
        RegisterAgentUseCase registerAgent,
        UpdateAgentUseCase updateAgent,
        RemoveAgentUseCase removeAgent,
        ListOwnAgentsUseCase listOwnAgents,
        ListFriendAgentsUseCase listFriendAgents,
        SendMessageUseCase sendMessage,
        ReadHistoryUseCase readHistory,
        OpenDeliverySessionUseCase openDeliverySession) {

    public ServerUseCases {
        Stream.of(signUp, logIn, logOut, refreshTokens, authenticate, sendFriendRequest, acceptFriendRequest,
                rejectFriendRequest, removeFriend, listFriends, listFriendRequests, registerAgent, updateAgent, removeAgent,
                listOwnAgents, listFriendAgents, sendMessage, readHistory, openDeliverySession)
                .forEach(useCase -> Objects.requireNonNull(useCase, "every use case is required"));
    }
}
