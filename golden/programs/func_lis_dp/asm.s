	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_lis_dp.sy"
	.globl	lis_quadratic                   # -- Begin function lis_quadratic
	.p2align	1
	.type	lis_quadratic,@function
lis_quadratic:                          # @lis_quadratic
# %bb.0:
	blez	a0, .LBB0_12
# %bb.1:
	li	t3, 0
	li	t1, 0
	slli	a0, a0, 32
	srli	a6, a0, 32
.LBB0_13:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(len)
	addi	t0, t0, %pcrel_lo(.LBB0_13)
.LBB0_14:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(seq)
	addi	a7, a7, %pcrel_lo(.LBB0_14)
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	addi	t3, t3, 1
	mv	t1, a0
	beq	t3, a6, .LBB0_11
.LBB0_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_6 Depth 2
	slli	a1, t3, 2
	add	t2, t0, a1
	li	a0, 1
	sw	a0, 0(t2)
	beqz	t3, .LBB0_9
# %bb.4:                                #   in Loop: Header=BB0_3 Depth=1
	add	a0, a7, a1
	lw	a4, 0(a0)
	li	a0, 1
	mv	a1, t3
	mv	a5, a7
	mv	a2, t0
	j	.LBB0_6
.LBB0_5:                                #   in Loop: Header=BB0_6 Depth=2
	addi	a2, a2, 4
	addi	a1, a1, -1
	addi	a5, a5, 4
	beqz	a1, .LBB0_9
.LBB0_6:                                #   Parent Loop BB0_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a3, 0(a5)
	bge	a3, a4, .LBB0_5
# %bb.7:                                #   in Loop: Header=BB0_6 Depth=2
	lw	a3, 0(a2)
	blt	a3, a0, .LBB0_5
# %bb.8:                                #   in Loop: Header=BB0_6 Depth=2
	addiw	a0, a3, 1
	sw	a0, 0(t2)
	j	.LBB0_5
.LBB0_9:                                #   in Loop: Header=BB0_3 Depth=1
	blt	t1, a0, .LBB0_2
# %bb.10:                               #   in Loop: Header=BB0_3 Depth=1
	mv	a0, t1
	j	.LBB0_2
.LBB0_11:
	ret
.LBB0_12:
	li	a0, 0
	ret
.Lfunc_end0:
	.size	lis_quadratic, .Lfunc_end0-lis_quadratic
                                        # -- End function
	.globl	lis_patience                    # -- Begin function lis_patience
	.p2align	1
	.type	lis_patience,@function
lis_patience:                           # @lis_patience
# %bb.0:
	blez	a0, .LBB1_11
# %bb.1:
	mv	a1, a0
	li	t0, 0
	li	a0, 0
	slli	a1, a1, 32
	srli	a6, a1, 32
.LBB1_12:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(seq)
	addi	a7, a7, %pcrel_lo(.LBB1_12)
.LBB1_13:                               # Label of block must be emitted
	auipc	t1, %pcrel_hi(tails)
	addi	t1, t1, %pcrel_lo(.LBB1_13)
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	slli	a2, a1, 2
	add	a2, a2, t1
	sw	a5, 0(a2)
	xor	a1, a1, a0
	seqz	a1, a1
	addi	t0, t0, 1
	addw	a0, a0, a1
	beq	t0, a6, .LBB1_10
.LBB1_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_6 Depth 2
	slli	a1, t0, 2
	add	a1, a1, a7
	lw	a5, 0(a1)
	li	a1, 0
	beqz	a0, .LBB1_2
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	mv	a2, a0
	j	.LBB1_6
.LBB1_5:                                #   in Loop: Header=BB1_6 Depth=2
	sext.w	a1, a1
	bge	a1, a2, .LBB1_2
.LBB1_6:                                #   Parent Loop BB1_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a3, a2, a1
	srliw	a4, a3, 31
	addw	a3, a3, a4
	sraiw	a3, a3, 1
	slli	a4, a3, 2
	add	a4, a4, t1
	lw	a4, 0(a4)
	blt	a4, a5, .LBB1_8
# %bb.7:                                #   in Loop: Header=BB1_6 Depth=2
	blt	a4, a5, .LBB1_5
	j	.LBB1_9
.LBB1_8:                                #   in Loop: Header=BB1_6 Depth=2
	addi	a1, a3, 1
	blt	a4, a5, .LBB1_5
.LBB1_9:                                #   in Loop: Header=BB1_6 Depth=2
	mv	a2, a3
	j	.LBB1_5
.LBB1_10:
	ret
.LBB1_11:
	li	a0, 0
	ret
.Lfunc_end1:
	.size	lis_patience, .Lfunc_end1-lis_patience
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	sd	s2, 0(sp)                       # 8-byte Folded Spill
	li	a0, 0
	li	a5, 17
	li	a1, 29
	lui	a2, 86480
	addiw	a2, a2, 2027
	li	a3, 97
.LBB2_24:                               # Label of block must be emitted
	auipc	t0, %pcrel_hi(seq)
	addi	t0, t0, %pcrel_lo(.LBB2_24)
	li	a4, 240
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	mulw	a5, a5, a1
	addiw	a5, a5, 7
	mul	s1, a5, a2
	srli	s0, s1, 63
	srai	s1, s1, 35
	addw	s1, s1, s0
	mulw	s1, s1, a3
	subw	a5, a5, s1
	addiw	s1, a5, -48
	add	s0, t0, a0
	addi	a0, a0, 4
	sw	s1, 0(s0)
	bne	a0, a4, .LBB2_1
# %bb.2:
	li	a2, 0
	li	t1, 0
.LBB2_25:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(len)
	addi	a7, a7, %pcrel_lo(.LBB2_25)
	li	a6, 60
	j	.LBB2_4
.LBB2_3:                                #   in Loop: Header=BB2_4 Depth=1
	addi	a2, a2, 1
	mv	t1, s0
	beq	a2, a6, .LBB2_12
.LBB2_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_7 Depth 2
	slli	a0, a2, 2
	add	a5, a7, a0
	li	s0, 1
	sw	s0, 0(a5)
	beqz	a2, .LBB2_10
# %bb.5:                                #   in Loop: Header=BB2_4 Depth=1
	add	a0, a0, t0
	lw	s1, 0(a0)
	li	s0, 1
	mv	a0, t0
	mv	a1, a2
	mv	a3, a7
	j	.LBB2_7
.LBB2_6:                                #   in Loop: Header=BB2_7 Depth=2
	addi	a3, a3, 4
	addi	a1, a1, -1
	addi	a0, a0, 4
	beqz	a1, .LBB2_10
.LBB2_7:                                #   Parent Loop BB2_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	lw	a4, 0(a0)
	bge	a4, s1, .LBB2_6
# %bb.8:                                #   in Loop: Header=BB2_7 Depth=2
	lw	a4, 0(a3)
	blt	a4, s0, .LBB2_6
# %bb.9:                                #   in Loop: Header=BB2_7 Depth=2
	addiw	s0, a4, 1
	sw	s0, 0(a5)
	j	.LBB2_6
.LBB2_10:                               #   in Loop: Header=BB2_4 Depth=1
	blt	t1, s0, .LBB2_3
# %bb.11:                               #   in Loop: Header=BB2_4 Depth=1
	mv	s0, t1
	j	.LBB2_3
.LBB2_12:
	li	a0, 0
	li	s2, 0
.LBB2_26:                               # Label of block must be emitted
	auipc	a7, %pcrel_hi(seq)
	addi	a7, a7, %pcrel_lo(.LBB2_26)
.LBB2_27:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(tails)
	addi	a2, a2, %pcrel_lo(.LBB2_27)
	li	a6, 60
	j	.LBB2_14
.LBB2_13:                               #   in Loop: Header=BB2_14 Depth=1
	slli	a1, a5, 2
	add	a1, a1, a2
	sw	a4, 0(a1)
	xor	a1, a5, s2
	seqz	a1, a1
	addi	a0, a0, 1
	addw	s2, s2, a1
	beq	a0, a6, .LBB2_21
.LBB2_14:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_17 Depth 2
	slli	a1, a0, 2
	add	a1, a1, a7
	lw	a4, 0(a1)
	li	a5, 0
	beqz	s2, .LBB2_13
# %bb.15:                               #   in Loop: Header=BB2_14 Depth=1
	mv	a3, s2
	j	.LBB2_17
.LBB2_16:                               #   in Loop: Header=BB2_17 Depth=2
	sext.w	a5, a5
	bge	a5, a3, .LBB2_13
.LBB2_17:                               #   Parent Loop BB2_14 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a1, a5, a3
	srliw	s1, a1, 31
	addw	a1, a1, s1
	sraiw	s1, a1, 1
	slli	a1, s1, 2
	add	a1, a1, a2
	lw	a1, 0(a1)
	blt	a1, a4, .LBB2_19
# %bb.18:                               #   in Loop: Header=BB2_17 Depth=2
	blt	a1, a4, .LBB2_16
	j	.LBB2_20
.LBB2_19:                               #   in Loop: Header=BB2_17 Depth=2
	addi	a5, s1, 1
	blt	a1, a4, .LBB2_16
.LBB2_20:                               #   in Loop: Header=BB2_17 Depth=2
	mv	a3, s1
	j	.LBB2_16
.LBB2_21:
.LBB2_28:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(seq)
	addi	a1, a1, %pcrel_lo(.LBB2_28)
	li	a0, 60
	call	putarray@plt
.LBB2_29:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_29)
	mv	a1, s0
	mv	a2, s2
	call	putf@plt
.LBB2_30:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(len)
	addi	a1, a1, %pcrel_lo(.LBB2_30)
	li	a0, 60
	call	putarray@plt
	beq	s0, s2, .LBB2_23
# %bb.22:
	li	s0, 0
.LBB2_23:
	mv	a0, s0
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	ld	s2, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	len,@object                     # @len
	.bss
	.globl	len
	.p2align	2
len:
	.zero	240
	.size	len, 240

	.type	seq,@object                     # @seq
	.globl	seq
	.p2align	2
seq:
	.zero	240
	.size	seq, 240

	.type	tails,@object                   # @tails
	.globl	tails
	.p2align	2
tails:
	.zero	240
	.size	tails, 240

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"lis=%d patience=%d\n"
	.size	.L.str, 20

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
