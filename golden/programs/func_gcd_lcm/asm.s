	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_gcd_lcm.sy"
	.globl	gcd_rec                         # -- Begin function gcd_rec
	.p2align	1
	.type	gcd_rec,@function
gcd_rec:                                # @gcd_rec
# %bb.0:
	beqz	a1, .LBB0_3
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	mv	a2, a1
	remw	a1, a0, a1
	mv	a0, a2
	bnez	a1, .LBB0_1
# %bb.2:
	sext.w	a0, a2
	ret
.LBB0_3:
	sext.w	a0, a0
	ret
.Lfunc_end0:
	.size	gcd_rec, .Lfunc_end0-gcd_rec
                                        # -- End function
	.globl	gcd_iter                        # -- Begin function gcd_iter
	.p2align	1
	.type	gcd_iter,@function
gcd_iter:                               # @gcd_iter
# %bb.0:
	beqz	a1, .LBB1_3
.LBB1_1:                                # =>This Inner Loop Header: Depth=1
	mv	a2, a1
	remw	a1, a0, a1
	mv	a0, a2
	bnez	a1, .LBB1_1
# %bb.2:
	sext.w	a0, a2
	ret
.LBB1_3:
	sext.w	a0, a0
	ret
.Lfunc_end1:
	.size	gcd_iter, .Lfunc_end1-gcd_iter
                                        # -- End function
	.globl	absval                          # -- Begin function absval
	.p2align	1
	.type	absval,@function
absval:                                 # @absval
# %bb.0:
	srai	a1, a0, 63
	add	a0, a0, a1
	xor	a0, a0, a1
	sext.w	a0, a0
	ret
.Lfunc_end2:
	.size	absval, .Lfunc_end2-absval
                                        # -- End function
	.globl	lcm                             # -- Begin function lcm
	.p2align	1
	.type	lcm,@function
lcm:                                    # @lcm
# %bb.0:
	srai	a2, a0, 63
	add	a0, a0, a2
	xor	a0, a0, a2
	srai	a2, a1, 63
	add	a3, a1, a2
	xor	a2, a2, a3
	mv	a3, a0
	beqz	a1, .LBB3_3
# %bb.1:
	mv	a1, a0
	mv	a4, a2
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	mv	a3, a4
	remw	a4, a1, a4
	mv	a1, a3
	bnez	a4, .LBB3_2
.LBB3_3:
	divw	a0, a0, a3
	mulw	a0, a0, a2
	ret
.Lfunc_end3:
	.size	lcm, .Lfunc_end3-lcm
                                        # -- End function
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
	li	s5, 0
	li	s2, 0
.LBB4_14:                               # Label of block must be emitted
	auipc	s6, %pcrel_hi(pairs)
	addi	s6, s6, %pcrel_lo(.LBB4_14)
	lui	a0, 86480
	addiw	s7, a0, 2027
	li	s8, 97
	li	s9, 8
	j	.LBB4_2
.LBB4_1:                                #   in Loop: Header=BB4_2 Depth=1
	li	a0, 10
	call	putch@plt
	addi	s5, s5, 1
	beq	s5, s9, .LBB4_13
.LBB4_2:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB4_4 Depth 2
                                        #     Child Loop BB4_6 Depth 2
                                        #     Child Loop BB4_9 Depth 2
                                        #     Child Loop BB4_11 Depth 2
	slli	a0, s5, 3
	add	a0, a0, s6
	lw	s4, 0(a0)
	lw	s3, 4(a0)
	mv	s0, s4
	mv	s1, s4
	beqz	s3, .LBB4_7
# %bb.3:                                #   in Loop: Header=BB4_2 Depth=1
	mv	a0, s3
	mv	s0, s4
.LBB4_4:                                #   Parent Loop BB4_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a1, s0
	mv	s0, a0
	remw	a0, a1, a0
	bnez	a0, .LBB4_4
# %bb.5:                                #   in Loop: Header=BB4_2 Depth=1
	mv	a0, s4
	mv	a1, s3
.LBB4_6:                                #   Parent Loop BB4_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	s1, a1
	remw	a1, a0, a1
	mv	a0, s1
	bnez	a1, .LBB4_6
.LBB4_7:                                #   in Loop: Header=BB4_2 Depth=1
	mv	a0, s4
	call	putint@plt
	li	a0, 32
	call	putch@plt
	mv	a0, s3
	call	putint@plt
	li	a0, 58
	call	putch@plt
	li	a0, 32
	call	putch@plt
	mv	a0, s0
	call	putint@plt
	li	a0, 32
	call	putch@plt
	mv	a0, s1
	call	putint@plt
	seqz	a0, s4
	seqz	a1, s3
	or	a0, a0, a1
	bnez	a0, .LBB4_1
# %bb.8:                                #   in Loop: Header=BB4_2 Depth=1
	li	a0, 32
	call	putch@plt
	srai	a0, s4, 63
	add	a1, s4, a0
	xor	s0, a1, a0
	srai	a0, s3, 63
	add	a1, s3, a0
	xor	s1, a1, a0
	mv	a1, s0
	mv	a2, s1
.LBB4_9:                                #   Parent Loop BB4_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a0, a2
	remw	a2, a1, a2
	mv	a1, a0
	bnez	a2, .LBB4_9
# %bb.10:                               #   in Loop: Header=BB4_2 Depth=1
	divw	a0, s0, a0
	mulw	a0, a0, s1
	call	putint@plt
	mv	a1, s0
	mv	a2, s1
.LBB4_11:                               #   Parent Loop BB4_2 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	mv	a0, a2
	remw	a2, a1, a2
	mv	a1, a0
	bnez	a2, .LBB4_11
# %bb.12:                               #   in Loop: Header=BB4_2 Depth=1
	divw	a0, s0, a0
	mulw	a0, a0, s1
	mul	a1, a0, s7
	srli	a2, a1, 63
	srai	a1, a1, 35
	addw	a1, a1, a2
	mulw	a1, a1, s8
	subw	a0, a0, a1
	addw	s2, a0, s2
	j	.LBB4_1
.LBB4_13:
	mv	a0, s2
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
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	pairs,@object                   # @pairs
	.data
	.globl	pairs
	.p2align	2
pairs:
	.word	12                              # 0xc
	.word	18                              # 0x12
	.word	4294967284                      # 0xfffffff4
	.word	18                              # 0x12
	.word	12                              # 0xc
	.word	4294967278                      # 0xffffffee
	.word	4294967261                      # 0xffffffdd
	.word	4294967247                      # 0xffffffcf
	.word	17                              # 0x11
	.word	5                               # 0x5
	.word	1000                            # 0x3e8
	.word	250                             # 0xfa
	.word	0                               # 0x0
	.word	9                               # 0x9
	.word	81                              # 0x51
	.word	27                              # 0x1b
	.size	pairs, 64

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
