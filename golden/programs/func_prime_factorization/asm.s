	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_prime_factorization.sy"
	.globl	factor                          # -- Begin function factor
	.p2align	1
	.type	factor,@function
factor:                                 # @factor
# %bb.0:
	addi	sp, sp, -64
	sd	ra, 56(sp)                      # 8-byte Folded Spill
	sd	s0, 48(sp)                      # 8-byte Folded Spill
	sd	s1, 40(sp)                      # 8-byte Folded Spill
	sd	s2, 32(sp)                      # 8-byte Folded Spill
	sd	s3, 24(sp)                      # 8-byte Folded Spill
	sd	s4, 16(sp)                      # 8-byte Folded Spill
	sd	s5, 8(sp)                       # 8-byte Folded Spill
	mv	s3, a0
	call	putint@plt
	li	a0, 61
	call	putch@plt
	li	a0, 4
	bge	s3, a0, .LBB0_2
# %bb.1:
	li	s2, 1
	mv	s5, s3
	blt	s2, s3, .LBB0_15
	j	.LBB0_16
.LBB0_2:
	li	a1, 2
	li	s2, 1
	mv	s5, s3
	li	a0, 1
	j	.LBB0_5
.LBB0_3:                                #   in Loop: Header=BB0_5 Depth=1
	li	a0, 0
	addiw	a1, s1, 2
	mulw	s2, a1, s2
	divw	a1, s3, s4
	addiw	a2, s4, -1
	mulw	s3, a1, a2
.LBB0_4:                                #   in Loop: Header=BB0_5 Depth=1
	addiw	a1, s4, 1
	divw	a2, s5, a1
	bge	s4, a2, .LBB0_12
.LBB0_5:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_7 Depth 2
	mv	s4, a1
	remw	a1, s5, a1
	bnez	a1, .LBB0_4
# %bb.6:                                #   in Loop: Header=BB0_5 Depth=1
	li	s0, 0
.LBB0_7:                                #   Parent Loop BB0_5 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	s1, s0
	divw	s5, s5, s4
	remw	a1, s5, s4
	addiw	s0, s0, 1
	beqz	a1, .LBB0_7
# %bb.8:                                #   in Loop: Header=BB0_5 Depth=1
	bnez	a0, .LBB0_10
# %bb.9:                                #   in Loop: Header=BB0_5 Depth=1
	li	a0, 42
	call	putch@plt
.LBB0_10:                               #   in Loop: Header=BB0_5 Depth=1
	mv	a0, s4
	call	putint@plt
	beqz	s1, .LBB0_3
# %bb.11:                               #   in Loop: Header=BB0_5 Depth=1
	li	a0, 94
	call	putch@plt
	mv	a0, s0
	call	putint@plt
	j	.LBB0_3
.LBB0_12:
	sext.w	a1, s5
	li	a2, 1
	bge	a2, a1, .LBB0_16
# %bb.13:
	bnez	a0, .LBB0_15
# %bb.14:
	li	a0, 42
	call	putch@plt
.LBB0_15:
	sext.w	a0, s5
	call	putint@plt
	slliw	s2, s2, 1
	divw	a0, s3, s5
	addiw	a1, s5, -1
	mulw	s3, a0, a1
.LBB0_16:
	sext.w	a2, s3
.LBB0_17:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB0_17)
	mv	a1, s2
	ld	ra, 56(sp)                      # 8-byte Folded Reload
	ld	s0, 48(sp)                      # 8-byte Folded Reload
	ld	s1, 40(sp)                      # 8-byte Folded Reload
	ld	s2, 32(sp)                      # 8-byte Folded Reload
	ld	s3, 24(sp)                      # 8-byte Folded Reload
	ld	s4, 16(sp)                      # 8-byte Folded Reload
	ld	s5, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 64
	tail	putf@plt
.Lfunc_end0:
	.size	factor, .Lfunc_end0-factor
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	call	getint@plt
	blez	a0, .LBB1_6
# %bb.1:
	mv	s0, a0
	li	s2, 2
	li	s3, 1
	j	.LBB1_3
.LBB1_2:                                #   in Loop: Header=BB1_3 Depth=1
	sext.w	a0, s0
	addiw	s0, s0, -1
	bge	s3, a0, .LBB1_5
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	call	getint@plt
	mv	s1, a0
	blt	a0, s2, .LBB1_2
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	mv	a0, s1
	call	factor
	j	.LBB1_2
.LBB1_5:
	sraiw	a0, s1, 31
	srliw	a0, a0, 24
	add	a0, a0, s1
	andi	a0, a0, -256
	subw	a0, s1, a0
	j	.LBB1_7
.LBB1_6:
	li	a0, 0
.LBB1_7:
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	" divisors=%d phi=%d\n"
	.size	.L.str, 21

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
