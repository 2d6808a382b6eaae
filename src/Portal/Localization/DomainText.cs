namespace CallCenter.Portal.Localization;

/// <summary>
/// Translations of the Domain's and the ACD's messages (<see cref="CallCenter.Domain.Texts.UserMessage"/>): the key is
/// the English composite format ("Agent {0} is logged out."), enum values are keyed <c>EnumType.Name</c>. Shown through
/// <see cref="DomainTextExtensions.Text"/>; a message without a translation reads in English.
/// </summary>
public sealed class DomainText;
