// The storage account Cascade keeps everything in: its tables and queues, the Functions host's own blobs
// (keys, timer and queue leases) and the deployment package of the Flex Consumption app. Shared keys are off,
// so every client — the host, the worker and the deployment — signs in with an identity.

@description('Azure region of the resources.')
param location string

@description('Name of the storage account (3-24 lower-case letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Blob container that holds the Flex Consumption deployment package.')
param deploymentContainerName string

@description('Tables Cascade uses (StorageNames.Tables); created up front so the first request finds them.')
param tableNames array

@description('Queues Cascade uses, poison queues included (QueueNames.All).')
param queueNames array

@description('Tags put on every resource.')
param tags object = {}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }

  resource blobServices 'blobServices' = {
    name: 'default'

    resource deploymentContainer 'containers' = {
      name: deploymentContainerName
      properties: {
        publicAccess: 'None'
      }
    }
  }

  resource tableServices 'tableServices' = {
    name: 'default'

    resource tables 'tables' = [for table in tableNames: {
      name: table
    }]
  }

  resource queueServices 'queueServices' = {
    name: 'default'

    resource queues 'queues' = [for queue in queueNames: {
      name: queue
    }]
  }
}

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob
