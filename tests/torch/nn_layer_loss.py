# Loss layers and functions: reductions, weights, ignore_index, label
# smoothing, legacy size_average/reduce, bad reduction strings; distances.
import warnings
import torch
import torch.nn as nn
import torch.nn.functional as F

warnings.simplefilter('ignore')
torch.set_grad_enabled(False)


def attempt(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)


def attempt_type(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__)


a = torch.tensor([[0.2, -1.5, 3.0], [1.0, 0.5, -0.25]])
b = torch.tensor([[0.0, -1.0, 1.0], [1.5, 0.5, 0.75]])
for red in ['mean', 'sum', 'none']:
    print(red, nn.MSELoss(reduction=red)(a, b), nn.L1Loss(reduction=red)(a, b), nn.SmoothL1Loss(reduction=red, beta=0.5)(a, b),
          nn.HuberLoss(reduction=red, delta=0.8)(a, b))
print(nn.MSELoss(), nn.L1Loss(), nn.SmoothL1Loss(), nn.HuberLoss(), nn.CrossEntropyLoss(), nn.NLLLoss(), nn.BCELoss(), nn.BCEWithLogitsLoss(), nn.KLDivLoss())
print(nn.MSELoss(size_average=False).reduction, nn.MSELoss(reduce=False).reduction, nn.L1Loss(size_average=True, reduce=True).reduction)
print(F.mse_loss(a, b, size_average=False), F.l1_loss(a, b, reduce=False), F.smooth_l1_loss(a, b, size_average=True))
print(F.mse_loss(a, b[0]), F.l1_loss(a[0], b))
attempt(lambda: F.mse_loss(a, b, reduction='avg'))
attempt(lambda: nn.L1Loss(reduction='max')(a, b))

logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, -1.0, 3.0], [0.0, 0.0, 0.0], [2.0, 1.0, -1.0]])
tgt = torch.tensor([1, 2, 0, 2])
w = torch.tensor([1.0, 2.0, 0.5])
print(nn.CrossEntropyLoss()(logits, tgt), nn.CrossEntropyLoss(weight=w)(logits, tgt), nn.CrossEntropyLoss(reduction='none')(logits, tgt))
print(nn.CrossEntropyLoss(ignore_index=2)(logits, tgt), nn.CrossEntropyLoss(label_smoothing=0.1)(logits, tgt), nn.CrossEntropyLoss(reduction='sum', weight=w, label_smoothing=0.2)(logits, tgt))
probs = torch.softmax(logits, 1)
print(nn.CrossEntropyLoss()(logits, probs), F.cross_entropy(logits[0], tgt[0]), F.cross_entropy(logits.view(1, 4, 3).transpose(1, 2), tgt.view(1, 4)))
print(nn.CrossEntropyLoss(weight=w).state_dict(), list(nn.CrossEntropyLoss(weight=w).buffers()))
lp = F.log_softmax(logits, 1)
print(nn.NLLLoss()(lp, tgt), nn.NLLLoss(weight=w, reduction='sum')(lp, tgt), nn.NLLLoss(ignore_index=1, reduction='none')(lp, tgt))
print(F.nll_loss(lp, tgt, size_average=False), F.nll_loss(lp.t().unsqueeze(0), tgt.unsqueeze(0)))
attempt_type(lambda: F.nll_loss(lp, torch.tensor([0, 1])))
attempt_type(lambda: F.cross_entropy(logits, torch.tensor([0, 1, 2, 3])))
attempt_type(lambda: F.cross_entropy(logits, tgt.float()))

p = torch.tensor([[0.9, 0.2], [0.5, 0.01]])
t = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
print(nn.BCELoss()(p, t), nn.BCELoss(weight=torch.tensor([1.0, 3.0]))(p, t), nn.BCELoss(reduction='none')(p, t))
print(nn.BCEWithLogitsLoss()(a[:, :2], t), nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0, 0.5]))(a[:, :2], t), nn.BCEWithLogitsLoss(weight=torch.tensor([0.5]), reduction='sum')(a[:, :2], t))
print(F.binary_cross_entropy(p, t, reduce=False), F.binary_cross_entropy_with_logits(a[:, :2], t, reduction='none'))
print(list(nn.BCEWithLogitsLoss(pos_weight=torch.ones(2)).state_dict()))
attempt(lambda: F.binary_cross_entropy(p, t[0]))
attempt(lambda: F.binary_cross_entropy_with_logits(p, t[0]))
q = torch.softmax(logits * 0.5 + 1, 1)
print(nn.KLDivLoss(reduction='batchmean')(lp, q), nn.KLDivLoss(reduction='sum', log_target=True)(lp, lp * 0.5), F.kl_div(lp, q), F.kl_div(lp, q, reduction='none')[0])
print(nn.SoftMarginLoss()(a, torch.sign(b)), nn.HingeEmbeddingLoss(margin=0.5)(a, torch.sign(b)), nn.MarginRankingLoss(0.1)(a[0], a[1], torch.tensor([1., -1., 1.])))
print(nn.CosineEmbeddingLoss(0.2)(a, b, torch.tensor([1, -1])), nn.TripletMarginLoss()(a, b, b * 2), nn.TripletMarginLoss(p=1, swap=True, margin=3.0)(a, b, -b))
print(nn.PoissonNLLLoss()(a, b.abs()), nn.PoissonNLLLoss(log_input=False, full=True)(a.abs(), b.abs() * 3), nn.GaussianNLLLoss()(a, b, torch.ones(2, 3)))
print(nn.MultiLabelSoftMarginLoss()(a, t.repeat(1, 2)[:, :3]), nn.TripletMarginWithDistanceLoss()(a, b, b * 2), nn.TripletMarginWithDistanceLoss(distance_function=nn.CosineSimilarity(), swap=True)(a, b, -b))
print(nn.TripletMarginWithDistanceLoss(margin=0.5), nn.PoissonNLLLoss(), nn.GaussianNLLLoss(full=True))
print(nn.MultiMarginLoss(), nn.MultiMarginLoss()(logits, tgt), nn.MultiMarginLoss(p=2, margin=0.5, weight=w, reduction='sum')(logits, tgt), F.multi_margin_loss(logits, tgt, reduction='none'))
print(nn.MultiLabelMarginLoss()(logits, torch.tensor([[1, 2, -1], [0, -1, 1], [2, 0, 1], [-1, 0, 0]])), F.multilabel_margin_loss(logits[:1], torch.tensor([[2, -1, 0]]), reduction='none'))
print(F.margin_ranking_loss(a[0], a[1], torch.tensor([1., -1., 1.]), reduce=False), F.hinge_embedding_loss(a, torch.sign(b), reduction='sum'), F.soft_margin_loss(a, torch.sign(b), size_average=False))
attempt(lambda: nn.MultiMarginLoss(p=3))
attempt(lambda: F.multi_margin_loss(logits, tgt, weight=torch.ones(1, 3)))
attempt(lambda: F.poisson_nll_loss(a, b, reduction='x'))
attempt(lambda: F.gaussian_nll_loss(a, b, torch.ones(3, 3)))
attempt(lambda: F.gaussian_nll_loss(a, b, -torch.ones(2, 3)))
attempt(lambda: F.margin_ranking_loss(a, b[0], b))

# distances
print(nn.CosineSimilarity(), nn.PairwiseDistance(), nn.CosineSimilarity(dim=0)(a, b), nn.CosineSimilarity(eps=1e-3)(a, b * 0))
print(nn.PairwiseDistance()(a, b), nn.PairwiseDistance(p=1, keepdim=True)(a, b), nn.PairwiseDistance(p=float('inf'), eps=0.0)(a, b))
print(F.cosine_similarity(a, b[0], dim=1), F.pairwise_distance(a[0], b[0]), F.pdist(a), F.normalize(a, dim=0))
