namespace SafetyPortal.Organization.Domain;

public enum UnifiedSocialCreditCodeError
{
    WrongLength,
    InvalidCharacter,
    InvalidDivisionCode,
    WrongCheckCharacter,
}
