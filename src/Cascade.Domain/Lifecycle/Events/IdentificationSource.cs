namespace Cascade.Domain.Lifecycle.Events;

/// <summary>How a person first became known: a touch carrying their e-mail, an import, or a sales entry.</summary>
public enum IdentificationSource
{
    Touchpoint,
    Import,
    SalesEntry,
}
