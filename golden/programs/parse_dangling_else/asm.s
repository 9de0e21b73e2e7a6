	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_dangling_else.sy"
	.globl	classify                        # -- Begin function classify
	.p2align	1
	.type	classify,@function
classify:                               # @classify
# %bb.0:
	bgtz	a0, .LBB0_2
# %bb.1:
	li	a0, 0
	ret
.LBB0_2:
	slti	a0, a1, 1
	addi	a0, a0, 1
	ret
.Lfunc_end0:
	.size	classify, .Lfunc_end0-classify
                                        # -- End function
	.globl	classify_braced                 # -- Begin function classify_braced
	.p2align	1
	.type	classify_braced,@function
classify_braced:                        # @classify_braced
# %bb.0:
	bgtz	a0, .LBB1_2
# %bb.1:
	li	a0, 2
	ret
.LBB1_2:
	sgtz	a0, a1
	ret
.Lfunc_end1:
	.size	classify_braced, .Lfunc_end1-classify_braced
                                        # -- End function
	.globl	chain                           # -- Begin function chain
	.p2align	1
	.type	chain,@function
chain:                                  # @chain
# %bb.0:
	li	a1, 9
	blt	a1, a0, .LBB2_3
# %bb.1:
	li	a2, 4
	li	a1, 3
	blt	a2, a0, .LBB2_5
# %bb.2:
	slti	a0, a0, 2
	li	a1, 2
	j	.LBB2_4
.LBB2_3:
	sltiu	a0, a0, 20
	li	a1, 5
.LBB2_4:
	sub	a1, a1, a0
.LBB2_5:
	mv	a0, a1
	ret
.Lfunc_end2:
	.size	chain, .Lfunc_end2-chain
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	li	a0, 1
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 2
	call	putint@plt
	li	a0, 0
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 0
	call	putint@plt
	li	a0, 2
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 0
	call	putint@plt
	li	a0, 2
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 10
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 2
	call	putint@plt
	li	a0, 3
	call	putint@plt
	li	a0, 4
	call	putint@plt
	li	a0, 5
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 3
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 231
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
