namespace Cascade.Domain.Lifecycle.Events;

/// <summary>How a person first became known: a touch carrying their e-mail, an import, a sales entry, or the CRM naming them on a deal.</summary>
public enum IdentificationSource
{
    Touchpoint,
    Import,
    SalesEntry,
    Crm,
}
