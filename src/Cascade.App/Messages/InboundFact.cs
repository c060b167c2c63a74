namespace Cascade.App.Messages;

/// <summary>One item of a <c>touchpoints</c> queue message: a touchpoint, or a person's imported profile.</summary>
public sealed record InboundFact(TouchpointDocument? Touchpoint, PersonDocument? Person);
