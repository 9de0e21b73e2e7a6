	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_union_find.sy"
	.globl	find                            # -- Begin function find
	.p2align	1
	.type	find,@function
find:                                   # @find
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
	slli	a1, a0, 2
.LBB0_3:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(parent)
	addi	a2, a2, %pcrel_lo(.LBB0_3)
	add	s0, a2, a1
	lw	a1, 0(s0)
	beq	a1, a0, .LBB0_2
# %bb.1:
	mv	a0, a1
	call	find
	sw	a0, 0(s0)
.LBB0_2:
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end0:
	.size	find, .Lfunc_end0-find
                                        # -- End function
	.globl	unite                           # -- Begin function unite
	.p2align	1
	.type	unite,@function
unite:                                  # @unite
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	mv	s1, a1
	call	find
	mv	s0, a0
	mv	a0, s1
	call	find
	bne	s0, a0, .LBB1_2
# %bb.1:
	li	a0, 0
	j	.LBB1_6
.LBB1_2:
	slli	a2, s0, 2
.LBB1_7:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(size)
	addi	a1, a1, %pcrel_lo(.LBB1_7)
	add	a2, a2, a1
	lw	a2, 0(a2)
	slli	a3, a0, 2
	add	a3, a3, a1
	lw	a3, 0(a3)
	blt	a2, a3, .LBB1_4
# %bb.3:
	mv	a2, s0
	j	.LBB1_5
.LBB1_4:
	mv	a2, a0
	mv	a0, s0
.LBB1_5:
	slli	a0, a0, 2
	slli	a3, a2, 2
	add	a3, a3, a1
	lw	a4, 0(a3)
	add	a1, a1, a0
	lw	a1, 0(a1)
.LBB1_8:                                # Label of block must be emitted
	auipc	a5, %pcrel_hi(parent)
	addi	a5, a5, %pcrel_lo(.LBB1_8)
	add	a0, a0, a5
	sw	a2, 0(a0)
	addw	a0, a1, a4
	sw	a0, 0(a3)
	li	a0, 1
.LBB1_6:
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end1:
	.size	unite, .Lfunc_end1-unite
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
	call	getint@plt
	mv	s2, a0
	slli	s8, a0, 32
.LBB2_27:                               # Label of block must be emitted
	auipc	s9, %pcrel_hi(parent)
	addi	s9, s9, %pcrel_lo(.LBB2_27)
	blez	a0, .LBB2_3
# %bb.1:
	li	a0, 0
	srli	a1, s8, 32
.LBB2_28:                               # Label of block must be emitted
	auipc	a2, %pcrel_hi(size)
	addi	a2, a2, %pcrel_lo(.LBB2_28)
	li	a3, 1
	mv	a4, s9
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	sw	a0, 0(a4)
	sw	a3, 0(a2)
	addi	a0, a0, 1
	addi	a2, a2, 4
	addi	a4, a4, 4
	bne	a1, a0, .LBB2_2
.LBB2_3:
	call	getint@plt
	blez	a0, .LBB2_17
# %bb.4:
	mv	s5, a0
	li	s3, 0
	li	s10, 1
.LBB2_29:                               # Label of block must be emitted
	auipc	s11, %pcrel_hi(size)
	addi	s11, s11, %pcrel_lo(.LBB2_29)
	mv	s7, s2
	j	.LBB2_8
.LBB2_5:                                #   in Loop: Header=BB2_8 Depth=1
	li	a0, 78
.LBB2_6:                                #   in Loop: Header=BB2_8 Depth=1
	call	putch@plt
.LBB2_7:                                #   in Loop: Header=BB2_8 Depth=1
	sext.w	a0, s5
	addiw	s5, s5, -1
	bge	s10, a0, .LBB2_18
.LBB2_8:                                # =>This Inner Loop Header: Depth=1
	call	getint@plt
	mv	s0, a0
	call	getint@plt
	mv	s1, a0
	call	getint@plt
	mv	s6, a0
	mv	a0, s1
	bne	s0, s10, .LBB2_11
# %bb.9:                                #   in Loop: Header=BB2_8 Depth=1
	call	find
	mv	s4, a0
	mv	a0, s6
	call	find
	bne	s4, a0, .LBB2_13
# %bb.10:                               #   in Loop: Header=BB2_8 Depth=1
	addiw	s3, s3, 1
	j	.LBB2_7
.LBB2_11:                               #   in Loop: Header=BB2_8 Depth=1
	call	find
	mv	s0, a0
	mv	a0, s6
	call	find
	bne	s0, a0, .LBB2_5
# %bb.12:                               #   in Loop: Header=BB2_8 Depth=1
	li	a0, 89
	j	.LBB2_6
.LBB2_13:                               #   in Loop: Header=BB2_8 Depth=1
	slli	a1, s4, 2
	add	a1, a1, s11
	lw	a1, 0(a1)
	slli	a2, a0, 2
	add	a2, a2, s11
	lw	a2, 0(a2)
	blt	a1, a2, .LBB2_15
# %bb.14:                               #   in Loop: Header=BB2_8 Depth=1
	mv	a1, s4
	j	.LBB2_16
.LBB2_15:                               #   in Loop: Header=BB2_8 Depth=1
	mv	a1, a0
	mv	a0, s4
.LBB2_16:                               #   in Loop: Header=BB2_8 Depth=1
	slli	a0, a0, 2
	slli	a2, a1, 2
	add	a2, a2, s11
	lw	a3, 0(a2)
	add	a4, s11, a0
	lw	a4, 0(a4)
	add	a0, a0, s9
	sw	a1, 0(a0)
	addw	a0, a4, a3
	sw	a0, 0(a2)
	addiw	s7, s7, -1
	j	.LBB2_7
.LBB2_17:
	li	s3, 0
	mv	s7, s2
.LBB2_18:
	li	a0, 10
	call	putch@plt
	blez	s2, .LBB2_25
# %bb.19:
	li	s0, 0
	li	s2, 0
.LBB2_30:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(size)
	addi	s1, s1, %pcrel_lo(.LBB2_30)
	srli	s4, s8, 32
	j	.LBB2_22
.LBB2_20:                               #   in Loop: Header=BB2_22 Depth=1
	mv	s2, a0
.LBB2_21:                               #   in Loop: Header=BB2_22 Depth=1
	addi	s0, s0, 1
	addi	s1, s1, 4
	beq	s4, s0, .LBB2_26
.LBB2_22:                               # =>This Inner Loop Header: Depth=1
	sext.w	a0, s0
	call	find
	slli	a0, a0, 32
	srli	a0, a0, 32
	bne	s0, a0, .LBB2_21
# %bb.23:                               #   in Loop: Header=BB2_22 Depth=1
	lw	a0, 0(s1)
	blt	s2, a0, .LBB2_20
# %bb.24:                               #   in Loop: Header=BB2_22 Depth=1
	mv	a0, s2
	j	.LBB2_20
.LBB2_25:
	li	s2, 0
.LBB2_26:
	sext.w	a1, s7
.LBB2_31:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB2_31)
	mv	a2, s2
	mv	a3, s3
	call	putf@plt
	slliw	a0, s7, 4
	addw	a0, s2, a0
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
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	parent,@object                  # @parent
	.bss
	.globl	parent
	.p2align	2
parent:
	.zero	200
	.size	parent, 200

	.type	size,@object                    # @size
	.globl	size
	.p2align	2
size:
	.zero	200
	.size	size, 200

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"components=%d largest=%d redundant=%d\n"
	.size	.L.str, 39

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
