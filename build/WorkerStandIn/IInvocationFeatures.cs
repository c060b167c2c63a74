namespace Microsoft.Azure.Functions.Worker;

public interface IInvocationFeatures : IEnumerable<KeyValuePair<Type, object>>
{
    void Set<T>(T instance);

    T? Get<T>();
}
