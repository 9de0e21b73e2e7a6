	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_knapsack_dp.sy"
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -96
	sd	ra, 88(sp)                      # 8-byte Folded Spill
	sd	s0, 80(sp)                      # 8-byte Folded Spill
	sd	s1, 72(sp)                      # 8-byte Folded Spill
	sd	s2, 64(sp)                      # 8-byte Folded Spill
	sd	s3, 56(sp)                      # 8-byte Folded Spill
	sd	s4, 48(sp)                      # 8-byte Folded Spill
	sd	s5, 40(sp)                      # 8-byte Folded Spill
	sd	s6, 32(sp)                      # 8-byte Folded Spill
	sd	s7, 24(sp)                      # 8-byte Folded Spill
	sd	s8, 16(sp)                      # 8-byte Folded Spill
	sd	s9, 8(sp)                       # 8-byte Folded Spill
	call	getint@plt
	mv	s7, a0
	call	getint@plt
	mv	s9, a0
	blez	s7, .LBB0_11
# %bb.1:
	slli	s2, s7, 32
	srli	s3, s2, 32
.LBB0_18:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(v)
	addi	s1, s1, %pcrel_lo(.LBB0_18)
.LBB0_19:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(w)
	addi	s0, s0, %pcrel_lo(.LBB0_19)
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	call	getint@plt
	sw	a0, 0(s0)
	call	getint@plt
	sw	a0, 0(s1)
	addi	s1, s1, 4
	addi	s3, s3, -1
	addi	s0, s0, 4
	bnez	s3, .LBB0_2
# %bb.3:
	blez	s7, .LBB0_11
# %bb.4:
	li	t4, 0
	srli	s6, s2, 32
	addi	a7, s9, 1
	slli	a0, s9, 2
.LBB0_20:                               # Label of block must be emitted
	auipc	a6, %pcrel_hi(best)
	addi	a6, a6, %pcrel_lo(.LBB0_20)
	add	t0, a6, a0
.LBB0_21:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(keep)
	addi	s3, s3, %pcrel_lo(.LBB0_21)
	add	t3, s3, a0
.LBB0_22:                               # Label of block must be emitted
	auipc	s4, %pcrel_hi(w)
	addi	s4, s4, %pcrel_lo(.LBB0_22)
.LBB0_23:                               # Label of block must be emitted
	auipc	t1, %pcrel_hi(v)
	addi	t1, t1, %pcrel_lo(.LBB0_23)
	li	t2, 1
	j	.LBB0_6
.LBB0_5:                                #   in Loop: Header=BB0_6 Depth=1
	addi	t4, t4, 1
	addi	t3, t3, 804
	beq	t4, s6, .LBB0_12
.LBB0_6:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_9 Depth 2
	slli	a0, t4, 2
	add	a2, s4, a0
	lw	s0, 0(a2)
	blt	s9, s0, .LBB0_5
# %bb.7:                                #   in Loop: Header=BB0_6 Depth=1
	add	a0, a0, t1
	lw	a2, 0(a0)
	slli	a0, s0, 2
	neg	a3, a0
	mv	a4, t3
	mv	a5, t0
	mv	a0, a7
	j	.LBB0_9
.LBB0_8:                                #   in Loop: Header=BB0_9 Depth=2
	addi	a0, a0, -1
	addi	a5, a5, -4
	addi	a4, a4, -4
	bge	s0, a0, .LBB0_5
.LBB0_9:                                #   Parent Loop BB0_6 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	add	s1, a5, a3
	lw	s1, 0(s1)
	lw	a1, 0(a5)
	addw	s1, s1, a2
	bge	a1, s1, .LBB0_8
# %bb.10:                               #   in Loop: Header=BB0_9 Depth=2
	sw	s1, 0(a5)
	sw	t2, 0(a4)
	j	.LBB0_8
.LBB0_11:
	slli	a0, s9, 2
.LBB0_24:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(best)
	addi	a1, a1, %pcrel_lo(.LBB0_24)
	add	s5, a1, a0
	lw	a1, 0(s5)
.LBB0_25:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_25)
	call	putf@plt
	li	s2, 0
	j	.LBB0_17
.LBB0_12:
	slli	a0, s9, 2
	add	s5, a6, a0
	lw	a1, 0(s5)
.LBB0_26:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_26)
	call	putf@plt
	li	s2, 0
	blez	s7, .LBB0_17
# %bb.13:
	addi	s0, s6, 1
	li	a0, 201
	slli	s6, a0, 34
	li	s8, 1
	j	.LBB0_15
.LBB0_14:                               #   in Loop: Header=BB0_15 Depth=1
	addi	s0, s0, -1
	bge	s8, s0, .LBB0_17
.LBB0_15:                               # =>This Inner Loop Header: Depth=1
	addiw	s7, s7, -1
	slli	a0, s7, 32
	sext.w	a1, s9
	mulhu	a2, a0, s6
	add	a2, a2, s3
	slli	a1, a1, 2
	add	a1, a1, a2
	lw	a1, 0(a1)
	beqz	a1, .LBB0_14
# %bb.16:                               #   in Loop: Header=BB0_15 Depth=1
	srli	s1, a0, 32
	mv	a0, s7
	call	putint@plt
	li	a0, 32
	call	putch@plt
	slli	a0, s1, 2
	add	a0, a0, s4
	lw	a0, 0(a0)
	subw	s9, s9, a0
	addw	s2, a0, s2
	j	.LBB0_14
.LBB0_17:
	li	a0, 10
	call	putch@plt
	mv	a0, s2
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s5)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 88(sp)                      # 8-byte Folded Reload
	ld	s0, 80(sp)                      # 8-byte Folded Reload
	ld	s1, 72(sp)                      # 8-byte Folded Reload
	ld	s2, 64(sp)                      # 8-byte Folded Reload
	ld	s3, 56(sp)                      # 8-byte Folded Reload
	ld	s4, 48(sp)                      # 8-byte Folded Reload
	ld	s5, 40(sp)                      # 8-byte Folded Reload
	ld	s6, 32(sp)                      # 8-byte Folded Reload
	ld	s7, 24(sp)                      # 8-byte Folded Reload
	ld	s8, 16(sp)                      # 8-byte Folded Reload
	ld	s9, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 96
	ret
.Lfunc_end0:
	.size	main, .Lfunc_end0-main
                                        # -- End function
	.type	w,@object                       # @w
	.bss
	.globl	w
	.p2align	2
w:
	.zero	128
	.size	w, 128

	.type	v,@object                       # @v
	.globl	v
	.p2align	2
v:
	.zero	128
	.size	v, 128

	.type	best,@object                    # @best
	.globl	best
	.p2align	2
best:
	.zero	804
	.size	best, 804

	.type	keep,@object                    # @keep
	.globl	keep
	.p2align	2
keep:
	.zero	25728
	.size	keep, 25728

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"best=%d\n"
	.size	.L.str, 9

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
