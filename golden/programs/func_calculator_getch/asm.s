	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_calculator_getch.sy"
	.globl	next                            # -- Begin function next
	.p2align	1
	.type	next,@function
next:                                   # @next
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	sd	s2, 0(sp)                       # 8-byte Folded Spill
.LBB0_4:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(ch)
	addi	s0, s0, %pcrel_lo(.LBB0_4)
	li	s1, 9
	li	s2, 32
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	call	getch@plt
	sw	a0, 0(s0)
	beq	a0, s1, .LBB0_1
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	beq	a0, s2, .LBB0_1
# %bb.3:
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	ld	s2, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end0:
	.size	next, .Lfunc_end0-next
                                        # -- End function
	.globl	parse                           # -- Begin function parse
	.p2align	1
	.type	parse,@function
parse:                                  # @parse
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
	li	s4, 1
	beq	a0, s4, .LBB1_10
# %bb.1:
	bnez	a0, .LBB1_22
# %bb.2:
	li	a0, 1
	call	parse
	mv	s2, a0
.LBB1_44:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(ch)
	addi	s0, s0, %pcrel_lo(.LBB1_44)
	li	s3, 45
	li	s1, 9
	li	s4, 32
	li	s5, 43
	j	.LBB1_4
.LBB1_3:                                #   in Loop: Header=BB1_4 Depth=1
	addw	s2, a0, s2
.LBB1_4:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_6 Depth 2
	lw	s6, 0(s0)
	beq	s6, s3, .LBB1_6
# %bb.5:                                #   in Loop: Header=BB1_4 Depth=1
	bne	s6, s5, .LBB1_43
.LBB1_6:                                #   Parent Loop BB1_4 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	call	getch@plt
	sw	a0, 0(s0)
	beq	a0, s1, .LBB1_6
# %bb.7:                                #   in Loop: Header=BB1_6 Depth=2
	beq	a0, s4, .LBB1_6
# %bb.8:                                #   in Loop: Header=BB1_4 Depth=1
	li	a0, 1
	call	parse
	beq	s6, s5, .LBB1_3
# %bb.9:                                #   in Loop: Header=BB1_4 Depth=1
	neg	a0, a0
	j	.LBB1_3
.LBB1_10:
	li	a0, 2
	call	parse
	mv	s2, a0
.LBB1_45:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(ch)
	addi	s0, s0, %pcrel_lo(.LBB1_45)
	li	s3, 47
	li	a0, 1057
	slli	s5, a0, 37
	li	s1, 9
	li	s6, 32
	li	s7, 42
	lui	a0, 274878
	addiw	s8, a0, -381
	lui	a0, 244
	addiw	s9, a0, 576
.LBB1_46:                               # Label of block must be emitted
	auipc	s10, %pcrel_hi(error)
	addi	s10, s10, %pcrel_lo(.LBB1_46)
	j	.LBB1_12
.LBB1_11:                               #   in Loop: Header=BB1_12 Depth=1
	mulw	a0, a0, s2
	mul	a1, a0, s8
	srli	a2, a1, 63
	srai	a1, a1, 50
	addw	a1, a1, a2
	mulw	a1, a1, s9
	subw	s2, a0, a1
.LBB1_12:                               # =>This Loop Header: Depth=1
                                        #     Child Loop BB1_14 Depth 2
	lw	s11, 0(s0)
	bltu	s3, s11, .LBB1_43
# %bb.13:                               #   in Loop: Header=BB1_12 Depth=1
	sll	a0, s4, s11
	and	a0, a0, s5
	beqz	a0, .LBB1_43
.LBB1_14:                               #   Parent Loop BB1_12 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	call	getch@plt
	sw	a0, 0(s0)
	beq	a0, s1, .LBB1_14
# %bb.15:                               #   in Loop: Header=BB1_14 Depth=2
	beq	a0, s6, .LBB1_14
# %bb.16:                               #   in Loop: Header=BB1_12 Depth=1
	li	a0, 2
	call	parse
	beq	s11, s7, .LBB1_11
# %bb.17:                               #   in Loop: Header=BB1_12 Depth=1
	bnez	a0, .LBB1_19
# %bb.18:                               #   in Loop: Header=BB1_12 Depth=1
	sw	s4, 0(s10)
	j	.LBB1_12
.LBB1_19:                               #   in Loop: Header=BB1_12 Depth=1
	bne	s11, s3, .LBB1_21
# %bb.20:                               #   in Loop: Header=BB1_12 Depth=1
	divw	s2, s2, a0
	j	.LBB1_12
.LBB1_21:                               #   in Loop: Header=BB1_12 Depth=1
	remw	s2, s2, a0
	j	.LBB1_12
.LBB1_22:
.LBB1_47:                               # Label of block must be emitted
	auipc	s1, %pcrel_hi(ch)
	addi	s1, s1, %pcrel_lo(.LBB1_47)
	lw	a0, 0(s1)
	li	a1, 45
	beq	a0, a1, .LBB1_31
# %bb.23:
	li	a1, 40
	bne	a0, a1, .LBB1_35
# %bb.24:
	li	s0, 9
	li	s2, 32
.LBB1_25:                               # =>This Inner Loop Header: Depth=1
	call	getch@plt
	sw	a0, 0(s1)
	beq	a0, s0, .LBB1_25
# %bb.26:                               #   in Loop: Header=BB1_25 Depth=1
	beq	a0, s2, .LBB1_25
# %bb.27:
	li	a0, 0
	call	parse
	lw	a1, 0(s1)
	li	a2, 41
	mv	s2, a0
	bne	a1, a2, .LBB1_42
# %bb.28:
	li	s0, 9
	li	s3, 32
.LBB1_29:                               # =>This Inner Loop Header: Depth=1
	call	getch@plt
	sw	a0, 0(s1)
	beq	a0, s0, .LBB1_29
# %bb.30:                               #   in Loop: Header=BB1_29 Depth=1
	beq	a0, s3, .LBB1_29
	j	.LBB1_43
.LBB1_31:
	li	s0, 9
	li	s2, 32
.LBB1_32:                               # =>This Inner Loop Header: Depth=1
	call	getch@plt
	sw	a0, 0(s1)
	beq	a0, s0, .LBB1_32
# %bb.33:                               #   in Loop: Header=BB1_32 Depth=1
	beq	a0, s2, .LBB1_32
# %bb.34:
	li	a0, 2
	call	parse
	negw	s2, a0
	j	.LBB1_43
.LBB1_35:
	addiw	a1, a0, -48
	li	s2, 0
	li	a2, 9
	bltu	a2, a1, .LBB1_42
# %bb.36:
	li	s3, 10
	lui	a1, 274878
	addiw	s4, a1, -381
	lui	a1, 244
	addiw	s0, a1, 576
.LBB1_37:                               # =>This Inner Loop Header: Depth=1
	mulw	a1, s2, s3
	addw	a0, a0, a1
	addiw	a0, a0, -48
	mul	a1, a0, s4
	srli	a2, a1, 63
	srai	a1, a1, 50
	addw	a1, a1, a2
	mulw	a1, a1, s0
	subw	s2, a0, a1
	call	getch@plt
	addiw	a1, a0, -48
	sw	a0, 0(s1)
	bltu	a1, s3, .LBB1_37
# %bb.38:
	li	s0, 32
	li	s3, 9
	j	.LBB1_40
.LBB1_39:                               #   in Loop: Header=BB1_40 Depth=1
	call	getch@plt
	sw	a0, 0(s1)
.LBB1_40:                               # =>This Inner Loop Header: Depth=1
	sext.w	a0, a0
	beq	a0, s0, .LBB1_39
# %bb.41:                               #   in Loop: Header=BB1_40 Depth=1
	beq	a0, s3, .LBB1_39
	j	.LBB1_43
.LBB1_42:
.LBB1_48:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(error)
	addi	a0, a0, %pcrel_lo(.LBB1_48)
	li	a1, 1
	sw	a1, 0(a0)
.LBB1_43:
	sext.w	a0, s2
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
.Lfunc_end1:
	.size	parse, .Lfunc_end1-parse
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
.LBB2_19:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(ch)
	addi	s0, s0, %pcrel_lo(.LBB2_19)
	li	s1, 9
	li	s2, 32
.LBB2_1:                                # =>This Inner Loop Header: Depth=1
	call	getch@plt
	sw	a0, 0(s0)
	beq	a0, s1, .LBB2_1
# %bb.2:                                #   in Loop: Header=BB2_1 Depth=1
	beq	a0, s2, .LBB2_1
# %bb.3:
	li	s8, -1
	bne	a0, s8, .LBB2_6
# %bb.4:
	li	s6, 0
.LBB2_5:
	sraiw	a0, s6, 31
	srliw	a0, a0, 24
	add	a0, a0, s6
	andi	a0, a0, -256
	subw	a0, s6, a0
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
.LBB2_6:
	li	s4, 0
	li	s6, 0
.LBB2_20:                               # Label of block must be emitted
	auipc	s7, %pcrel_hi(error)
	addi	s7, s7, %pcrel_lo(.LBB2_20)
.LBB2_21:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(.L.str.1)
	addi	s2, s2, %pcrel_lo(.LBB2_21)
	li	s9, 10
	li	s1, 9
	li	s10, 32
.LBB2_22:                               # Label of block must be emitted
	auipc	s3, %pcrel_hi(.L.str)
	addi	s3, s3, %pcrel_lo(.LBB2_22)
	li	s11, 1
	j	.LBB2_8
.LBB2_7:                                #   in Loop: Header=BB2_8 Depth=1
	beq	a0, s8, .LBB2_5
.LBB2_8:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB2_12 Depth 2
                                        #     Child Loop BB2_17 Depth 2
	sw	zero, 0(s7)
	li	a0, 0
	call	parse
	lw	a1, 0(s0)
	mv	s5, a0
	beq	a1, s8, .LBB2_12
# %bb.9:                                #   in Loop: Header=BB2_8 Depth=1
	beq	a1, s9, .LBB2_12
# %bb.10:                               #   in Loop: Header=BB2_8 Depth=1
	sw	s11, 0(s7)
	j	.LBB2_12
.LBB2_11:                               #   in Loop: Header=BB2_12 Depth=2
	call	getch@plt
	mv	a1, a0
	sw	a0, 0(s0)
.LBB2_12:                               #   Parent Loop BB2_8 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	sext.w	a0, a1
	beq	a0, s8, .LBB2_14
# %bb.13:                               #   in Loop: Header=BB2_12 Depth=2
	bne	a0, s9, .LBB2_11
.LBB2_14:                               #   in Loop: Header=BB2_8 Depth=1
	lw	a0, 0(s7)
	addiw	s4, s4, 1
	beqz	a0, .LBB2_16
# %bb.15:                               #   in Loop: Header=BB2_8 Depth=1
	mv	a0, s3
	mv	a1, s4
	call	putf@plt
	lw	a0, 0(s0)
	beq	a0, s9, .LBB2_17
	j	.LBB2_7
.LBB2_16:                               #   in Loop: Header=BB2_8 Depth=1
	mv	a0, s2
	mv	a1, s4
	mv	a2, s5
	call	putf@plt
	addw	s6, s5, s6
	lw	a0, 0(s0)
	bne	a0, s9, .LBB2_7
.LBB2_17:                               #   Parent Loop BB2_8 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	call	getch@plt
	sw	a0, 0(s0)
	beq	a0, s1, .LBB2_17
# %bb.18:                               #   in Loop: Header=BB2_17 Depth=2
	beq	a0, s10, .LBB2_17
	j	.LBB2_7
.Lfunc_end2:
	.size	main, .Lfunc_end2-main
                                        # -- End function
	.type	ch,@object                      # @ch
	.section	.sbss,"aw",@nobits
	.globl	ch
	.p2align	2
ch:
	.word	0                               # 0x0
	.size	ch, 4

	.type	error,@object                   # @error
	.globl	error
	.p2align	2
error:
	.word	0                               # 0x0
	.size	error, 4

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"line %d: error\n"
	.size	.L.str, 16

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"line %d: %d\n"
	.size	.L.str.1, 13

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
