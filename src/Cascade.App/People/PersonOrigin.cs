namespace Cascade.App.People;

/// <summary>Where a person's record came from: a list import or a sales entry.</summary>
public enum PersonOrigin
{
    Import,
    Sales,
}
