namespace SafetyPortal.Organization.Domain;

public enum IdCardNumberError
{
    WrongLength,
    InvalidCharacter,
    InvalidBirthDate,
    WrongCheckCharacter,
}
