namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record ImportJobDocument(
    Guid Id,
    string Kind,
    string FileName,
    string Status,
    int TotalRows,
    int ProcessedRows,
    int Percent,
    int Accepted,
    int Created,
    int Updated,
    int Rejected,
    string? FileError,
    List<ImportRowErrorDocument> Errors);
