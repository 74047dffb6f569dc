namespace SafetyPortal.Platform.Certificates;

/// <summary>
/// What a certificate says. <paramref name="TenantId"/> is the town it belongs to (null: the bureau), given explicitly
/// because background jobs issue across towns. <paramref name="UserId"/> is the holder's account when there is one (it
/// puts the certificate in the holder's 我的证书); <paramref name="Lines"/> are the body's lines as printed, in the
/// certificate's language. <paramref name="SourceKind"/> names the issuing feature ("Exams.Attempt",
/// "Articles.Commendation"), <paramref name="SourceId"/> the record it certifies.
/// </summary>
public sealed record CertificateRequest(
    Guid? TenantId,
    Guid? UserId,
    string HolderName,
    string Title,
    IReadOnlyList<string> Lines,
    string SourceKind,
    Guid SourceId)
{
    public const int MaxHolderNameLength = 64;
    public const int MaxTitleLength = 128;
    public const int MaxSourceKindLength = 64;
    public const int MaxLines = 8;
    public const int MaxLineLength = 200;
}
