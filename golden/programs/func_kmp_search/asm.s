	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_kmp_search.sy"
	.globl	build_fail                      # -- Begin function build_fail
	.p2align	1
	.type	build_fail,@function
build_fail:                             # @build_fail
# %bb.0:
	mv	a1, a0
	li	a0, 0
.LBB0_7:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(fail)
	addi	a2, a2, %pcrel_lo(.LBB0_7)
	li	a3, 2
	sw	zero, 0(a2)
	blt	a1, a3, .LBB0_6
# %bb.1:
	li	a0, 0
	slli	a1, a1, 32
	srli	a6, a1, 32
	li	a3, 1
.LBB0_8:                                # Label of block must be emitted
	auipc	a4, %pcrel_hi(pat)
	addi	a4, a4, %pcrel_lo(.LBB0_8)
	j	.LBB0_3
.LBB0_2:                                #   in Loop: Header=BB0_3 Depth=1
	slli	a5, a0, 2
	add	a5, a5, a4
	lw	a5, 0(a5)
	xor	a1, a1, a5
	seqz	a1, a1
	addw	a0, a0, a1
	add	a1, a2, a7
	addi	a3, a3, 1
	sw	a0, 0(a1)
	beq	a3, a6, .LBB0_6
.LBB0_3:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB0_4 Depth 2
	slli	a7, a3, 2
	add	a1, a4, a7
	lw	a1, 0(a1)
	blez	a0, .LBB0_2
.LBB0_4:                                #   Parent Loop BB0_3 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a5, a0, 32
	srli	a5, a5, 30
	add	a5, a5, a4
	lw	a5, 0(a5)
	beq	a1, a5, .LBB0_2
# %bb.5:                                #   in Loop: Header=BB0_4 Depth=2
	addiw	a0, a0, -1
	slli	a0, a0, 32
	srli	a0, a0, 30
	add	a0, a0, a2
	lw	a0, 0(a0)
	bgtz	a0, .LBB0_4
	j	.LBB0_2
.LBB0_6:
	ret
.Lfunc_end0:
	.size	build_fail, .Lfunc_end0-build_fail
                                        # -- End function
	.globl	search                          # -- Begin function search
	.p2align	1
	.type	search,@function
search:                                 # @search
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	sd	s2, 0(sp)                       # 8-byte Folded Spill
	li	a3, -1
	blez	a0, .LBB1_10
# %bb.1:
	li	a2, 0
	li	s0, 0
	li	s2, 0
	li	a4, 1
	subw	a6, a4, a1
	slli	a0, a0, 32
	srli	t1, a0, 32
	addiw	a0, a1, -1
	slli	a0, a0, 2
.LBB1_12:                               # Label of block must be emitted
	auipc	a5, %pcrel_hi(fail)
	addi	a5, a5, %pcrel_lo(.LBB1_12)
	add	a7, a5, a0
	srli	t0, a3, 32
.LBB1_13:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(text)
	addi	a3, a3, %pcrel_lo(.LBB1_13)
.LBB1_14:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(pat)
	addi	a0, a0, %pcrel_lo(.LBB1_14)
	j	.LBB1_4
.LBB1_2:                                #   in Loop: Header=BB1_4 Depth=1
	lw	s0, 0(a7)
	addiw	s2, s2, 1
.LBB1_3:                                #   in Loop: Header=BB1_4 Depth=1
	addi	a2, a2, 1
	beq	a2, t1, .LBB1_11
.LBB1_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_5 Depth 2
	slli	s1, a2, 2
	add	s1, s1, a3
	lw	s1, 0(s1)
	blez	s0, .LBB1_7
.LBB1_5:                                #   Parent Loop BB1_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	slli	a4, s0, 32
	srli	a4, a4, 30
	add	a4, a4, a0
	lw	a4, 0(a4)
	beq	s1, a4, .LBB1_7
# %bb.6:                                #   in Loop: Header=BB1_5 Depth=2
	addiw	a4, s0, -1
	slli	a4, a4, 32
	srli	a4, a4, 30
	add	a4, a4, a5
	lw	s0, 0(a4)
	bgtz	s0, .LBB1_5
.LBB1_7:                                #   in Loop: Header=BB1_4 Depth=1
	slli	a4, s0, 2
	add	a4, a4, a0
	lw	a4, 0(a4)
	xor	a4, a4, s1
	seqz	a4, a4
	addw	s0, s0, a4
	bne	s0, a1, .LBB1_3
# %bb.8:                                #   in Loop: Header=BB1_4 Depth=1
	sext.w	a4, t0
	bgez	a4, .LBB1_2
# %bb.9:                                #   in Loop: Header=BB1_4 Depth=1
	addw	t0, a6, a2
	j	.LBB1_2
.LBB1_10:
	li	s2, 0
	srli	t0, a3, 32
.LBB1_11:
	sext.w	a1, t0
.LBB1_15:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB1_15)
	call	putf@plt
	mv	a0, s2
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	ld	s2, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end1:
	.size	search, .Lfunc_end1-search
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -144
	sd	ra, 136(sp)                     # 8-byte Folded Spill
	sd	s0, 128(sp)                     # 8-byte Folded Spill
	sd	s1, 120(sp)                     # 8-byte Folded Spill
	sd	s2, 112(sp)                     # 8-byte Folded Spill
	sd	s3, 104(sp)                     # 8-byte Folded Spill
	sd	s4, 96(sp)                      # 8-byte Folded Spill
	sd	s5, 88(sp)                      # 8-byte Folded Spill
	sd	s6, 80(sp)                      # 8-byte Folded Spill
	sd	s7, 72(sp)                      # 8-byte Folded Spill
	sd	s8, 64(sp)                      # 8-byte Folded Spill
	sd	s9, 56(sp)                      # 8-byte Folded Spill
	sd	s10, 48(sp)                     # 8-byte Folded Spill
	sd	s11, 40(sp)                     # 8-byte Folded Spill
.LBB2_35:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(text)
	addi	s0, s0, %pcrel_lo(.LBB2_35)
	call	getch@plt
	li	s1, 0
	li	s3, -1
	li	s4, 10
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	sext.w	a1, a0
	beq	a1, s3, .LBB2_4
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	beq	a1, s4, .LBB2_4
# %bb.3:                                #   in Loop: Header=BB2_1 Depth=1
	sw	a0, 0(s0)
	addi	s1, s1, 1
	call	getch@plt
	li	s2, 512
	addi	s0, s0, 4
	bne	s1, s2, .LBB2_1
	j	.LBB2_5
.LBB2_4:
	mv	s2, s1
.LBB2_5:
	call	getch@plt
	li	s5, 0
	li	s6, -1
	beq	a0, s6, .LBB2_34
# %bb.6:
	slli	a1, s2, 32
	srli	s7, a1, 32
.LBB2_36:                               # Label of block must be emitted
	auipc	s8, %pcrel_hi(pat)
	addi	s8, s8, %pcrel_lo(.LBB2_36)
.LBB2_37:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(fail)
	addi	s1, s1, %pcrel_lo(.LBB2_37)
	sext.w	a1, s2
	sd	a1, 32(sp)                      # 8-byte Folded Spill
.LBB2_38:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.L.str.1)
	addi	a1, a1, %pcrel_lo(.LBB2_38)
	sd	a1, 24(sp)                      # 8-byte Folded Spill
	srli	a1, s6, 32
	sd	a1, 16(sp)                      # 8-byte Folded Spill
.LBB2_39:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.L.str)
	addi	a1, a1, %pcrel_lo(.LBB2_39)
	sd	a1, 8(sp)                       # 8-byte Folded Spill
.LBB2_40:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(.L.str.2)
	addi	a1, a1, %pcrel_lo(.LBB2_40)
	sd	a1, 0(sp)                       # 8-byte Folded Spill
.LBB2_41:                               # Label of block must be emitted
	auipc	s10, %pcrel_hi(text)
	addi	s10, s10, %pcrel_lo(.LBB2_41)
	li	s2, 10
	li	s11, 32
	j	.LBB2_10
.LBB2_7:                                #   in Loop: Header=BB2_10 Depth=1
	li	s0, 0
	ld	a1, 16(sp)                      # 8-byte Folded Reload
.LBB2_8:                                #   in Loop: Header=BB2_10 Depth=1
	sext.w	a1, a1
	ld	a0, 8(sp)                       # 8-byte Folded Reload
	call	putf@plt
	ld	a0, 0(sp)                       # 8-byte Folded Reload
	mv	a1, s0
	call	putf@plt
	addw	s5, s0, s5
	bnez	s3, .LBB2_34
.LBB2_9:                                #   in Loop: Header=BB2_10 Depth=1
	call	getch@plt
	beq	a0, s6, .LBB2_34
.LBB2_10:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_11 Depth 2
                                        #     Child Loop BB2_19 Depth 2
                                        #       Child Loop BB2_20 Depth 3
                                        #     Child Loop BB2_27 Depth 2
                                        #       Child Loop BB2_28 Depth 3
	li	s9, 0
	mv	s0, s8
.LBB2_11:                               #   Parent Loop BB2_10 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sext.w	a1, a0
	beq	a1, s6, .LBB2_15
# %bb.12:                               #   in Loop: Header=BB2_11 Depth=2
	beq	a1, s2, .LBB2_15
# %bb.13:                               #   in Loop: Header=BB2_11 Depth=2
	sw	a0, 0(s0)
	addi	s9, s9, 1
	call	getch@plt
	addi	s0, s0, 4
	bne	s9, s11, .LBB2_11
# %bb.14:                               #   in Loop: Header=BB2_10 Depth=1
	addi	a0, a0, 1
	seqz	s3, a0
	sw	zero, 0(s1)
	li	s9, 32
	j	.LBB2_17
.LBB2_15:                               #   in Loop: Header=BB2_10 Depth=1
	sext.w	a0, s9
	beqz	a0, .LBB2_33
# %bb.16:                               #   in Loop: Header=BB2_10 Depth=1
	addi	a1, a1, 1
	seqz	s3, a1
	li	s4, 1
	sw	zero, 0(s1)
	beq	a0, s4, .LBB2_23
.LBB2_17:                               #   in Loop: Header=BB2_10 Depth=1
	li	a2, 0
	slli	a0, s9, 32
	srli	a0, a0, 32
	li	a1, 1
	j	.LBB2_19
.LBB2_18:                               #   in Loop: Header=BB2_19 Depth=2
	slli	s0, a2, 2
	add	a5, a5, s0
	lw	a5, 0(a5)
	xor	a4, a4, a5
	seqz	a4, a4
	addw	a2, a2, a4
	add	a3, a3, s1
	addi	a1, a1, 1
	sw	a2, 0(a3)
	beq	a1, a0, .LBB2_22
.LBB2_19:                               #   Parent Loop BB2_10 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB2_20 Depth 3
	slli	a3, a1, 2
.LBB2_42:                               #   in Loop: Header=BB2_19 Depth=2
                                        # Label of block must be emitted
	auipc	a5, %pcrel_hi(pat)
	addi	a5, a5, %pcrel_lo(.LBB2_42)
	add	a4, a5, a3
	lw	a4, 0(a4)
	blez	a2, .LBB2_18
.LBB2_20:                               #   Parent Loop BB2_10 Depth=1
                                        #     Parent Loop BB2_19 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	slli	s0, a2, 32
	srli	s0, s0, 30
	add	s0, s0, a5
	lw	s0, 0(s0)
	beq	a4, s0, .LBB2_18
# %bb.21:                               #   in Loop: Header=BB2_20 Depth=3
	addiw	a2, a2, -1
	slli	a2, a2, 32
	srli	a2, a2, 30
	add	a2, a2, s1
	lw	a2, 0(a2)
	bgtz	a2, .LBB2_20
	j	.LBB2_18
.LBB2_22:                               #   in Loop: Header=BB2_10 Depth=1
	mv	s4, s9
.LBB2_23:                               #   in Loop: Header=BB2_10 Depth=1
	sext.w	s9, s4
	ld	a0, 24(sp)                      # 8-byte Folded Reload
	mv	a1, s9
	call	putf@plt
	ld	a0, 32(sp)                      # 8-byte Folded Reload
	beqz	a0, .LBB2_7
# %bb.24:                               #   in Loop: Header=BB2_10 Depth=1
	li	a0, 0
	li	a4, 0
	li	s0, 0
	li	a1, 1
	subw	a6, a1, s4
	addiw	a1, s4, -1
	slli	a1, a1, 2
	add	a7, s1, a1
	ld	a1, 16(sp)                      # 8-byte Folded Reload
	j	.LBB2_27
.LBB2_25:                               #   in Loop: Header=BB2_27 Depth=2
	lw	a4, 0(a7)
	addiw	s0, s0, 1
.LBB2_26:                               #   in Loop: Header=BB2_27 Depth=2
	addi	a0, a0, 1
	beq	a0, s7, .LBB2_8
.LBB2_27:                               #   Parent Loop BB2_10 Depth=1
                                        # =>  This Loop Header: Depth=2
                                        #       Child Loop BB2_28 Depth 3
	slli	a5, a0, 2
	add	a5, a5, s10
	lw	a5, 0(a5)
	blez	a4, .LBB2_30
.LBB2_28:                               #   Parent Loop BB2_10 Depth=1
                                        #     Parent Loop BB2_27 Depth=2
                                        # =>    This Inner Loop Header: Depth=3
	slli	a2, a4, 32
	srli	a2, a2, 30
.LBB2_43:                               #   in Loop: Header=BB2_28 Depth=3
                                        # Label of block must be emitted
	auipc	a3, %pcrel_hi(pat)
	addi	a3, a3, %pcrel_lo(.LBB2_43)
	add	a2, a2, a3
	lw	a2, 0(a2)
	beq	a5, a2, .LBB2_30
# %bb.29:                               #   in Loop: Header=BB2_28 Depth=3
	addiw	a2, a4, -1
	slli	a2, a2, 32
	srli	a2, a2, 30
	add	a2, a2, s1
	lw	a4, 0(a2)
	bgtz	a4, .LBB2_28
.LBB2_30:                               #   in Loop: Header=BB2_27 Depth=2
	slli	a2, a4, 2
.LBB2_44:                               #   in Loop: Header=BB2_27 Depth=2
                                        # Label of block must be emitted
	auipc	a3, %pcrel_hi(pat)
	addi	a3, a3, %pcrel_lo(.LBB2_44)
	add	a2, a2, a3
	lw	a2, 0(a2)
	xor	a2, a2, a5
	seqz	a2, a2
	addw	a4, a4, a2
	bne	a4, s9, .LBB2_26
# %bb.31:                               #   in Loop: Header=BB2_27 Depth=2
	sext.w	a2, a1
	bgez	a2, .LBB2_25
# %bb.32:                               #   in Loop: Header=BB2_27 Depth=2
	addw	a1, a6, a0
	j	.LBB2_25
.LBB2_33:                               #   in Loop: Header=BB2_10 Depth=1
	bne	a1, s6, .LBB2_9
.LBB2_34:
	mv	a0, s5
	ld	ra, 136(sp)                     # 8-byte Folded Reload
	ld	s0, 128(sp)                     # 8-byte Folded Reload
	ld	s1, 120(sp)                     # 8-byte Folded Reload
	ld	s2, 112(sp)                     # 8-byte Folded Reload
	ld	s3, 104(sp)                     # 8-byte Folded Reload
	ld	s4, 96(sp)                      # 8-byte Folded Reload
	ld	s5, 88(sp)                      # 8-byte Folded Reload
	ld	s6, 80(sp)                      # 8-byte Folded Reload
	ld	s7, 72(sp)                      # 8-byte Folded Reload
	ld	s8, 64(sp)                      # 8-byte Folded Reload
	ld	s9, 56(sp)                      # 8-byte Folded Reload
	ld	s10, 48(sp)                     # 8-byte Folded Reload
	ld	s11, 40(sp)                     # 8-byte Folded Reload
	addi	sp, sp, 144
	ret
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	fail,@object                    # @fail
	.bss
	.globl	fail
	.p2align	2
fail:
	.zero	128
	.size	fail, 128

	.type	pat,@object                     # @pat
	.globl	pat
	.p2align	2
pat:
	.zero	128
	.size	pat, 128

	.type	text,@object                    # @text
	.globl	text
	.p2align	2
text:
	.zero	2048
	.size	text, 2048

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	" first=%d"
	.size	.L.str, 10

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"len=%d"
	.size	.L.str.1, 7

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	" count=%d\n"
	.size	.L.str.2, 11

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
