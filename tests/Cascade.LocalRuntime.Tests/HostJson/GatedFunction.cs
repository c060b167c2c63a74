namespace Cascade.LocalRuntime.Tests.HostJson;

/// <summary>
/// The queue function the host.json tests run: counts its attempts, fails when <see cref="Gate.Fail"/> says so,
/// waits for <see cref="Gate.Release"/> when held, and waits for its cancellation when told to hang.
/// </summary>
public sealed class GatedFunction(Gate gate)
{
    public async Task Run(string message, CancellationToken cancellationToken)
    {
        gate.Started(message);
        try
        {
            if (gate.Hang)
                await HangAsync(cancellationToken);
            if (gate.Hold)
                await gate.WaitAsync(cancellationToken);
            if (gate.Fail)
                throw new InvalidOperationException("this function always fails");
        }
        finally
        {
            gate.Ended();
        }
    }

    private async Task HangAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            gate.CountCancelled();
            throw;
        }
    }
}
