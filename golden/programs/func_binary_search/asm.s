	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_binary_search.sy"
	.globl	bsearch_iter                    # -- Begin function bsearch_iter
	.p2align	1
	.type	bsearch_iter,@function
bsearch_iter:                           # @bsearch_iter
# %bb.0:
	li	a3, 0
	li	a4, 15
.LBB0_9:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(table)
	addi	a2, a2, %pcrel_lo(.LBB0_9)
	li	a1, -1
	srli	a6, a1, 32
	j	.LBB0_2
.LBB0_1:                                #   in Loop: Header=BB0_2 Depth=1
	sext.w	a3, a3
	sext.w	a4, a4
	blt	a4, a3, .LBB0_7
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	addw	a1, a4, a3
	srliw	a5, a1, 31
	addw	a1, a1, a5
	sraiw	a5, a1, 1
	slli	a1, a5, 2
	add	a1, a1, a2
	lw	a1, 0(a1)
	beq	a1, a0, .LBB0_8
# %bb.3:                                #   in Loop: Header=BB0_2 Depth=1
	bge	a1, a0, .LBB0_5
# %bb.4:                                #   in Loop: Header=BB0_2 Depth=1
	addi	a3, a5, 1
.LBB0_5:                                #   in Loop: Header=BB0_2 Depth=1
	blt	a1, a0, .LBB0_1
# %bb.6:                                #   in Loop: Header=BB0_2 Depth=1
	addi	a4, a5, -1
	j	.LBB0_1
.LBB0_7:
	mv	a5, a6
.LBB0_8:
	sext.w	a0, a5
	ret
.Lfunc_end0:
	.size	bsearch_iter, .Lfunc_end0-bsearch_iter
                                        # -- End function
	.globl	bsearch_rec                     # -- Begin function bsearch_rec
	.p2align	1
	.type	bsearch_rec,@function
bsearch_rec:                            # @bsearch_rec
# %bb.0:
	li	a3, -1
	srli	a6, a3, 32
	bge	a1, a0, .LBB1_2
.LBB1_1:
	sext.w	a0, a6
	ret
.LBB1_2:
.LBB1_8:                                # Label of block must be emitted
	auipc	t0, %pcrel_hi(table)
	addi	t0, t0, %pcrel_lo(.LBB1_8)
	li	a7, 1
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	subw	a5, a1, a0
	srliw	a3, a5, 31
	addw	a3, a3, a5
	sraiw	a3, a3, 1
	addw	a3, a3, a0
	slli	a4, a3, 2
	add	a4, a4, t0
	lw	a4, 0(a4)
	beq	a4, a2, .LBB1_7
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	blt	a4, a2, .LBB1_6
# %bb.5:                                #   in Loop: Header=BB1_3 Depth=1
	addiw	a1, a3, -1
	blt	a7, a5, .LBB1_3
	j	.LBB1_1
.LBB1_6:                                #   in Loop: Header=BB1_3 Depth=1
	sext.w	a4, a1
	addiw	a0, a3, 1
	blt	a3, a4, .LBB1_3
	j	.LBB1_1
.LBB1_7:
	sext.w	a0, a3
	ret
.Lfunc_end1:
	.size	bsearch_rec, .Lfunc_end1-bsearch_rec
                                        # -- End function
	.globl	lower_bound                     # -- Begin function lower_bound
	.p2align	1
	.type	lower_bound,@function
lower_bound:                            # @lower_bound
# %bb.0:
	li	a1, 0
	li	a3, 16
.LBB2_7:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(table)
	addi	a2, a2, %pcrel_lo(.LBB2_7)
	j	.LBB2_2
.LBB2_1:                                #   in Loop: Header=BB2_2 Depth=1
	sext.w	a1, a1
	bge	a1, a3, .LBB2_6
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	addw	a4, a1, a3
	srliw	a5, a4, 31
	addw	a4, a4, a5
	sraiw	a4, a4, 1
	slli	a5, a4, 2
	add	a5, a5, a2
	lw	a5, 0(a5)
	bge	a5, a0, .LBB2_4
# %bb.3:                                #   in Loop: Header=BB2_2 Depth=1
	bge	a5, a0, .LBB2_1
	j	.LBB2_5
.LBB2_4:                                #   in Loop: Header=BB2_2 Depth=1
	mv	a3, a4
	bge	a5, a0, .LBB2_1
.LBB2_5:                                #   in Loop: Header=BB2_2 Depth=1
	addi	a1, a4, 1
	j	.LBB2_1
.LBB2_6:
	mv	a0, a1
	ret
.Lfunc_end2:
	.size	lower_bound, .Lfunc_end2-lower_bound
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -112
	sd	ra, 104(sp)                     # 8-byte Folded Spill
	sd	s0, 96(sp)                      # 8-byte Folded Spill
	sd	s1, 88(sp)                      # 8-byte Folded Spill
	sd	s2, 80(sp)                      # 8-byte Folded Spill
	sd	s3, 72(sp)                      # 8-byte Folded Spill
	sd	s4, 64(sp)                      # 8-byte Folded Spill
	sd	s5, 56(sp)                      # 8-byte Folded Spill
	sd	s6, 48(sp)                      # 8-byte Folded Spill
	sd	s7, 40(sp)                      # 8-byte Folded Spill
	sd	s8, 32(sp)                      # 8-byte Folded Spill
	sd	s9, 24(sp)                      # 8-byte Folded Spill
	sd	s10, 16(sp)                     # 8-byte Folded Spill
	sd	s11, 8(sp)                      # 8-byte Folded Spill
	li	s7, 0
	li	s2, 0
	li	s5, 10
.LBB3_25:                               # Label of block must be emitted
	auipc	s6, %pcrel_hi(.L__const.main.keys)
	addi	s6, s6, %pcrel_lo(.LBB3_25)
.LBB3_26:                               # Label of block must be emitted
	auipc	s11, %pcrel_hi(table)
	addi	s11, s11, %pcrel_lo(.LBB3_26)
	li	a0, -1
	srli	s9, a0, 32
	li	s10, 1
	j	.LBB3_2
.LBB3_1:                                #   in Loop: Header=BB3_2 Depth=1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	not	a0, s8
	srliw	a0, a0, 31
	addw	s2, a0, s2
	addi	s7, s7, 1
	bne	s3, s4, .LBB3_23
.LBB3_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB3_5 Depth 2
                                        #     Child Loop BB3_12 Depth 2
                                        #     Child Loop BB3_19 Depth 2
	beq	s7, s5, .LBB3_24
# %bb.3:                                #   in Loop: Header=BB3_2 Depth=1
	slli	a0, s7, 2
	add	a0, a0, s6
	lw	s1, 0(a0)
	li	a0, 0
	li	a1, 15
	j	.LBB3_5
.LBB3_4:                                #   in Loop: Header=BB3_5 Depth=2
	sext.w	a0, a0
	sext.w	a1, a1
	blt	a1, a0, .LBB3_10
.LBB3_5:                                #   Parent Loop BB3_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a2, a0, a1
	srliw	a3, a2, 31
	addw	a2, a2, a3
	sraiw	s8, a2, 1
	slli	a2, s8, 2
	add	a2, a2, s11
	lw	a2, 0(a2)
	beq	a2, s1, .LBB3_11
# %bb.6:                                #   in Loop: Header=BB3_5 Depth=2
	bge	a2, s1, .LBB3_8
# %bb.7:                                #   in Loop: Header=BB3_5 Depth=2
	addi	a0, s8, 1
.LBB3_8:                                #   in Loop: Header=BB3_5 Depth=2
	blt	a2, s1, .LBB3_4
# %bb.9:                                #   in Loop: Header=BB3_5 Depth=2
	addi	a1, s8, -1
	j	.LBB3_4
.LBB3_10:                               #   in Loop: Header=BB3_2 Depth=1
	li	a0, -1
	srli	s8, a0, 32
.LBB3_11:                               #   in Loop: Header=BB3_2 Depth=1
	li	a0, 0
	li	a1, 15
.LBB3_12:                               #   Parent Loop BB3_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	subw	a2, a1, a0
	srliw	a3, a2, 31
	addw	a3, a3, a2
	sraiw	a3, a3, 1
	addw	s0, a3, a0
	slli	a3, s0, 2
	add	a3, a3, s11
	lw	a3, 0(a3)
	beq	a3, s1, .LBB3_17
# %bb.13:                               #   in Loop: Header=BB3_12 Depth=2
	blt	a3, s1, .LBB3_15
# %bb.14:                               #   in Loop: Header=BB3_12 Depth=2
	addiw	a1, s0, -1
	blt	s10, a2, .LBB3_12
	j	.LBB3_16
.LBB3_15:                               #   in Loop: Header=BB3_12 Depth=2
	addiw	a0, s0, 1
	blt	s0, a1, .LBB3_12
.LBB3_16:                               #   in Loop: Header=BB3_2 Depth=1
	mv	s0, s9
.LBB3_17:                               #   in Loop: Header=BB3_2 Depth=1
	mv	a0, s1
	call	putint@plt
	li	a0, 58
	call	putch@plt
	sext.w	s3, s8
	mv	a0, s3
	call	putint@plt
	li	a0, 44
	call	putch@plt
	sext.w	s4, s0
	mv	a0, s4
	call	putint@plt
	li	a0, 44
	call	putch@plt
	li	a0, 0
	li	a1, 16
	j	.LBB3_19
.LBB3_18:                               #   in Loop: Header=BB3_19 Depth=2
	sext.w	a0, a0
	bge	a0, a1, .LBB3_1
.LBB3_19:                               #   Parent Loop BB3_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	addw	a2, a1, a0
	srliw	a3, a2, 31
	addw	a2, a2, a3
	sraiw	a2, a2, 1
	slli	a3, a2, 2
	add	a3, a3, s11
	lw	a3, 0(a3)
	bge	a3, s1, .LBB3_21
# %bb.20:                               #   in Loop: Header=BB3_19 Depth=2
	bge	a3, s1, .LBB3_18
	j	.LBB3_22
.LBB3_21:                               #   in Loop: Header=BB3_19 Depth=2
	mv	a1, a2
	bge	a3, s1, .LBB3_18
.LBB3_22:                               #   in Loop: Header=BB3_19 Depth=2
	addi	a0, a2, 1
	j	.LBB3_18
.LBB3_23:
	li	s2, 255
.LBB3_24:
	mv	a0, s2
	ld	ra, 104(sp)                     # 8-byte Folded Reload
	ld	s0, 96(sp)                      # 8-byte Folded Reload
	ld	s1, 88(sp)                      # 8-byte Folded Reload
	ld	s2, 80(sp)                      # 8-byte Folded Reload
	ld	s3, 72(sp)                      # 8-byte Folded Reload
	ld	s4, 64(sp)                      # 8-byte Folded Reload
	ld	s5, 56(sp)                      # 8-byte Folded Reload
	ld	s6, 48(sp)                      # 8-byte Folded Reload
	ld	s7, 40(sp)                      # 8-byte Folded Reload
	ld	s8, 32(sp)                      # 8-byte Folded Reload
	ld	s9, 24(sp)                      # 8-byte Folded Reload
	ld	s10, 16(sp)                     # 8-byte Folded Reload
	ld	s11, 8(sp)                      # 8-byte Folded Reload
	addi	sp, sp, 112
	ret
.Lfunc_end3:
	.size	main, .Lfunc_end3-main
                                        # -- End function
	.type	table,@object                   # @table
	.section	.rodata,"a",@progbits
	.globl	table
	.p2align	2
table:
	.word	4294967246                      # 0xffffffce
	.word	4294967265                      # 0xffffffe1
	.word	4294967288                      # 0xfffffff8
	.word	4294967294                      # 0xfffffffe
	.word	0                               # 0x0
	.word	4                               # 0x4
	.word	9                               # 0x9
	.word	15                              # 0xf
	.word	23                              # 0x17
	.word	42                              # 0x2a
	.word	57                              # 0x39
	.word	61                              # 0x3d
	.word	77                              # 0x4d
	.word	90                              # 0x5a
	.word	101                             # 0x65
	.word	256                             # 0x100
	.size	table, 64

	.type	.L__const.main.keys,@object     # @__const.main.keys
	.p2align	2
.L__const.main.keys:
	.word	4294967246                      # 0xffffffce
	.word	256                             # 0x100
	.word	42                              # 0x2a
	.word	43                              # 0x2b
	.word	0                               # 0x0
	.word	4294967295                      # 0xffffffff
	.word	90                              # 0x5a
	.word	1000                            # 0x3e8
	.word	4294967196                      # 0xffffff9c
	.word	9                               # 0x9
	.size	.L__const.main.keys, 40

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
