import ClaimCore
