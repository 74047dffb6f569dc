namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record AccessTokenDocument(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
