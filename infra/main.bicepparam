// Example parameters. azd fills AZURE_ENV_NAME and AZURE_LOCATION; with az deployment group create,
// export them (or edit the values here). Secrets come from the environment, never from this file.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'cascade-dev')
param currency = readEnvironmentVariable('CASCADE_CURRENCY', 'EUR')
param formsAllowedOrigins = [
  'https://www.example.com'
]
param webhookSecrets = {
  segment: readEnvironmentVariable('CASCADE_SEGMENT_WEBHOOK_SECRET', '')
}
