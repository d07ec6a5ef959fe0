public enum CreditCityKit {}
