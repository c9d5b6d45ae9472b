from .module import Module
from .container import Sequential, ModuleList, ModuleDict, ParameterList, ParameterDict
from .linear import Identity, Linear, Bilinear
from .conv import Conv1d, Conv2d, Conv3d, ConvTranspose1d, ConvTranspose2d, ConvTranspose3d
from .activation import Threshold, ReLU, RReLU, Hardtanh, ReLU6, Sigmoid, Tanh, Hardsigmoid, Hardswish, SiLU, \
    Mish, SELU, ELU, CELU, GLU, GELU, Hardshrink, Softshrink, LeakyReLU, LogSigmoid, Softplus, PReLU, Softsign, \
    Tanhshrink, Softmin, Softmax, LogSoftmax, Softmax2d
from .loss import L1Loss, MSELoss, SoftMarginLoss, NLLLoss, CrossEntropyLoss, PoissonNLLLoss, GaussianNLLLoss, \
    KLDivLoss, BCELoss, BCEWithLogitsLoss, HingeEmbeddingLoss, SmoothL1Loss, HuberLoss, MultiLabelSoftMarginLoss, MultiLabelMarginLoss, MultiMarginLoss, \
    CosineEmbeddingLoss, MarginRankingLoss, TripletMarginLoss, TripletMarginWithDistanceLoss
from .batchnorm import BatchNorm1d, BatchNorm2d, BatchNorm3d
from .instancenorm import InstanceNorm1d, InstanceNorm2d, InstanceNorm3d
from .normalization import LocalResponseNorm, LayerNorm, GroupNorm
from .dropout import Dropout, Dropout1d, Dropout2d, Dropout3d, AlphaDropout, FeatureAlphaDropout
from .sparse import Embedding
from .pooling import MaxPool1d, MaxPool2d, MaxPool3d, AvgPool1d, AvgPool2d, AvgPool3d, LPPool1d, LPPool2d, \
    AdaptiveMaxPool1d, AdaptiveMaxPool2d, AdaptiveMaxPool3d, AdaptiveAvgPool1d, AdaptiveAvgPool2d, AdaptiveAvgPool3d
from .padding import ConstantPad1d, ConstantPad2d, ConstantPad3d, ZeroPad2d, ReflectionPad1d, ReflectionPad2d, \
    ReflectionPad3d, ReplicationPad1d, ReplicationPad2d, ReplicationPad3d
from .upsampling import Upsample, UpsamplingNearest2d, UpsamplingBilinear2d
from .pixelshuffle import PixelShuffle, PixelUnshuffle, ChannelShuffle
from .distance import PairwiseDistance, CosineSimilarity
from .flatten import Flatten, Unflatten

__all__ = [
    'Module', 'Sequential', 'ModuleList', 'ModuleDict', 'ParameterList', 'ParameterDict', 'Identity', 'Linear',
    'Bilinear', 'Conv1d', 'Conv2d', 'Conv3d', 'ConvTranspose1d', 'ConvTranspose2d', 'ConvTranspose3d', 'Threshold',
    'ReLU', 'RReLU', 'Hardtanh', 'ReLU6', 'Sigmoid', 'Tanh', 'Hardsigmoid', 'Hardswish', 'SiLU', 'Mish', 'SELU',
    'ELU', 'CELU', 'GLU', 'GELU', 'Hardshrink', 'Softshrink', 'LeakyReLU', 'LogSigmoid', 'Softplus', 'PReLU',
    'Softsign', 'Tanhshrink', 'Softmin', 'Softmax', 'LogSoftmax', 'Softmax2d', 'L1Loss', 'MSELoss', 'SoftMarginLoss',
    'NLLLoss', 'CrossEntropyLoss', 'PoissonNLLLoss', 'GaussianNLLLoss', 'KLDivLoss', 'BCELoss', 'BCEWithLogitsLoss',
    'HingeEmbeddingLoss', 'SmoothL1Loss', 'HuberLoss', 'MultiLabelSoftMarginLoss', 'MultiLabelMarginLoss',
    'MultiMarginLoss', 'CosineEmbeddingLoss',
    'MarginRankingLoss', 'TripletMarginLoss', 'TripletMarginWithDistanceLoss', 'BatchNorm1d', 'BatchNorm2d',
    'BatchNorm3d', 'InstanceNorm1d', 'InstanceNorm2d', 'InstanceNorm3d', 'LocalResponseNorm', 'LayerNorm',
    'GroupNorm', 'Dropout', 'Dropout1d', 'Dropout2d', 'Dropout3d', 'AlphaDropout', 'FeatureAlphaDropout',
    'Embedding', 'MaxPool1d', 'MaxPool2d', 'MaxPool3d', 'AvgPool1d', 'AvgPool2d', 'AvgPool3d', 'LPPool1d',
    'LPPool2d', 'AdaptiveMaxPool1d', 'AdaptiveMaxPool2d', 'AdaptiveMaxPool3d', 'AdaptiveAvgPool1d',
    'AdaptiveAvgPool2d', 'AdaptiveAvgPool3d', 'ConstantPad1d', 'ConstantPad2d', 'ConstantPad3d', 'ZeroPad2d',
    'ReflectionPad1d', 'ReflectionPad2d', 'ReflectionPad3d', 'ReplicationPad1d', 'ReplicationPad2d',
    'ReplicationPad3d', 'Upsample', 'UpsamplingNearest2d', 'UpsamplingBilinear2d', 'PixelShuffle', 'PixelUnshuffle',
    'ChannelShuffle', 'PairwiseDistance', 'CosineSimilarity', 'Flatten', 'Unflatten',
]

# Recurrent layers, attention and transformers live in their own files; a
# build without them still has the rest of torch.nn.
try:
    from .attention import MultiheadAttention
    __all__.append('MultiheadAttention')
except ImportError:
    pass
try:
    from .rnn import RNNBase, RNN, LSTM, GRU, RNNCellBase, RNNCell, LSTMCell, GRUCell
    __all__ += ['RNNBase', 'RNN', 'LSTM', 'GRU', 'RNNCellBase', 'RNNCell', 'LSTMCell', 'GRUCell']
except ImportError:
    pass
try:
    from .transformer import TransformerEncoder, TransformerDecoder, TransformerEncoderLayer, \
        TransformerDecoderLayer, Transformer
    __all__ += ['TransformerEncoder', 'TransformerDecoder', 'TransformerEncoderLayer', 'TransformerDecoderLayer',
                'Transformer']
except ImportError:
    pass
