namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record ImportRowErrorDocument(int Row, string Column, string Reason);
