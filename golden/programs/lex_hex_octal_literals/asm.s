	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"lex_hex_octal_literals.sy"
	.globl	digits_sum                      # -- Begin function digits_sum
	.p2align	1
	.type	digits_sum,@function
digits_sum:                             # @digits_sum
# %bb.0:
	li	a1, 0
	blez	a0, .LBB0_3
# %bb.1:
	li	a2, 15
.LBB0_2:                                # =>This Inner Loop Header: Depth=1
	sext.w	a3, a0
	andi	a4, a0, 15
	addw	a1, a1, a4
	srliw	a0, a0, 4
	bltu	a2, a3, .LBB0_2
.LBB0_3:
	mv	a0, a1
	ret
.Lfunc_end0:
	.size	digits_sum, .Lfunc_end0-digits_sum
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -80
	sd	ra, 72(sp)                      # 8-byte Folded Spill
	sd	s0, 64(sp)                      # 8-byte Folded Spill
	sd	s1, 56(sp)                      # 8-byte Folded Spill
	sd	s2, 48(sp)                      # 8-byte Folded Spill
	sd	s3, 40(sp)                      # 8-byte Folded Spill
	sd	s4, 32(sp)                      # 8-byte Folded Spill
	sd	s5, 24(sp)                      # 8-byte Folded Spill
	sd	s6, 16(sp)                      # 8-byte Folded Spill
	sd	s7, 8(sp)                       # 8-byte Folded Spill
.LBB1_33:                               # Label of block must be emitted
	auipc	s2, %pcrel_hi(hex_values)
	addi	s2, s2, %pcrel_lo(.LBB1_33)
	lw	a0, 0(s2)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 0(s2)
	blez	a0, .LBB1_3
# %bb.1:
	li	s3, 0
	li	a1, 15
.LBB1_2:                                # =>This Inner Loop Header: Depth=1
	mv	a2, a0
	andi	a0, a0, 15
	addw	s3, a0, s3
	srliw	a0, a2, 4
	bltu	a1, a2, .LBB1_2
	j	.LBB1_4
.LBB1_3:
	li	s3, 0
.LBB1_4:
	lw	a0, 4(s2)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 4(s2)
	blez	a0, .LBB1_7
# %bb.5:
	li	s4, 0
	li	a1, 15
.LBB1_6:                                # =>This Inner Loop Header: Depth=1
	mv	a2, a0
	andi	a0, a0, 15
	addw	s4, a0, s4
	srliw	a0, a2, 4
	bltu	a1, a2, .LBB1_6
	j	.LBB1_8
.LBB1_7:
	li	s4, 0
.LBB1_8:
	lw	a0, 8(s2)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 8(s2)
	blez	a0, .LBB1_11
# %bb.9:
	li	s5, 0
	li	a1, 15
.LBB1_10:                               # =>This Inner Loop Header: Depth=1
	mv	a2, a0
	andi	a0, a0, 15
	addw	s5, a0, s5
	srliw	a0, a2, 4
	bltu	a1, a2, .LBB1_10
	j	.LBB1_12
.LBB1_11:
	li	s5, 0
.LBB1_12:
	lw	a0, 12(s2)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 12(s2)
	blez	a0, .LBB1_15
# %bb.13:
	li	s6, 0
	li	a1, 15
.LBB1_14:                               # =>This Inner Loop Header: Depth=1
	mv	a2, a0
	andi	a0, a0, 15
	addw	s6, a0, s6
	srliw	a0, a2, 4
	bltu	a1, a2, .LBB1_14
	j	.LBB1_16
.LBB1_15:
	li	s6, 0
.LBB1_16:
	lw	a0, 16(s2)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 16(s2)
	blez	a0, .LBB1_19
# %bb.17:
	li	s7, 0
	li	a1, 15
.LBB1_18:                               # =>This Inner Loop Header: Depth=1
	mv	a2, a0
	andi	a0, a0, 15
	addw	s7, a0, s7
	srliw	a0, a2, 4
	bltu	a1, a2, .LBB1_18
	j	.LBB1_20
.LBB1_19:
	li	s7, 0
.LBB1_20:
	lw	a0, 20(s2)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 20(s2)
	blez	a0, .LBB1_23
# %bb.21:
	li	s1, 0
	li	a1, 15
.LBB1_22:                               # =>This Inner Loop Header: Depth=1
	mv	a2, a0
	andi	a0, a0, 15
	addw	s1, s1, a0
	srliw	a0, a2, 4
	bltu	a1, a2, .LBB1_22
	j	.LBB1_24
.LBB1_23:
	li	s1, 0
.LBB1_24:
	lw	a0, 24(s2)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 24(s2)
	blez	a0, .LBB1_27
# %bb.25:
	li	s0, 0
	li	a1, 15
.LBB1_26:                               # =>This Inner Loop Header: Depth=1
	mv	a2, a0
	andi	a0, a0, 15
	addw	s0, s0, a0
	srliw	a0, a2, 4
	bltu	a1, a2, .LBB1_26
	j	.LBB1_28
.LBB1_27:
	li	s0, 0
.LBB1_28:
	lw	a0, 28(s2)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a1, 28(s2)
	blez	a1, .LBB1_31
# %bb.29:
	li	a0, 0
	li	a2, 15
.LBB1_30:                               # =>This Inner Loop Header: Depth=1
	mv	a3, a1
	andi	a1, a1, 15
	addw	a0, a0, a1
	srliw	a1, a3, 4
	bltu	a2, a3, .LBB1_30
	j	.LBB1_32
.LBB1_31:
	li	a0, 0
.LBB1_32:
	addw	a1, s4, s3
	addw	a1, s5, a1
	addw	a1, s6, a1
	addw	a1, s7, a1
	addw	a1, a1, s1
	addw	a1, a1, s0
	addw	s3, a0, a1
	li	a0, 10
	call	putch@plt
.LBB1_34:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(oct_values)
	addi	s0, s0, %pcrel_lo(.LBB1_34)
	lw	a0, 0(s0)
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a1, 0(s0)
	lui	a0, 67109
	addiw	s1, a0, -557
	mul	a0, a1, s1
	srli	a2, a0, 63
	srai	a0, a0, 38
	addw	a2, a2, a0
	li	s2, 1000
	lw	a0, 4(s0)
	mulw	a2, a2, s2
	subw	a1, a1, a2
	addw	s3, a1, s3
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a1, 4(s0)
	mul	a0, a1, s1
	srli	a2, a0, 63
	srai	a0, a0, 32
	srli	a0, a0, 6
	addw	a2, a2, a0
	lw	a0, 8(s0)
	mulw	a2, a2, s2
	subw	a1, a1, a2
	addw	s3, a1, s3
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a1, 8(s0)
	mul	a0, a1, s1
	srli	a2, a0, 63
	srai	a0, a0, 32
	srli	a0, a0, 6
	addw	a2, a2, a0
	lw	a0, 12(s0)
	mulw	a2, a2, s2
	subw	a1, a1, a2
	addw	s3, a1, s3
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a1, 12(s0)
	mul	a0, a1, s1
	srli	a2, a0, 63
	srai	a0, a0, 32
	srli	a0, a0, 6
	addw	a2, a2, a0
	lw	a0, 16(s0)
	mulw	a2, a2, s2
	subw	a1, a1, a2
	addw	s3, a1, s3
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a1, 16(s0)
	mul	a0, a1, s1
	srli	a2, a0, 63
	srai	a0, a0, 32
	srli	a0, a0, 6
	addw	a2, a2, a0
	lw	a0, 20(s0)
	mulw	a2, a2, s2
	subw	a1, a1, a2
	addw	s3, a1, s3
	call	putint@plt
	li	a0, 32
	call	putch@plt
	lw	a0, 20(s0)
	mul	a1, a0, s1
	srli	a2, a1, 63
	srai	a1, a1, 38
	addw	a1, a1, a2
	mulw	a1, a1, s2
	subw	a0, a0, a1
	addw	s0, a0, s3
	li	a0, 10
	call	putch@plt
	li	a0, 1
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	a0, 0
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 16
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB1_35:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(dec_values)
	addi	a0, a0, %pcrel_lo(.LBB1_35)
	lw	a0, 12(a0)
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	addw	a0, a0, a1
	sraiw	a0, a0, 8
	addw	a0, a0, s0
	addi	a0, a0, 16
	sraiw	a1, a0, 31
	srliw	a1, a1, 24
	add	a1, a1, a0
	andi	a1, a1, -256
	subw	a0, a0, a1
	ld	ra, 72(sp)                      # 8-byte Folded Reload
	ld	s0, 64(sp)                      # 8-byte Folded Reload
	ld	s1, 56(sp)                      # 8-byte Folded Reload
	ld	s2, 48(sp)                      # 8-byte Folded Reload
	ld	s3, 40(sp)                      # 8-byte Folded Reload
	ld	s4, 32(sp)                      # 8-byte Folded Reload
	ld	s5, 24(sp)                      # 8-byte Folded Reload
	ld	s6, 16(sp)                      # 8-byte Folded Reload
	ld	s7, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 80
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	hex_values,@object              # @hex_values
	.data
	.globl	hex_values
	.p2align	2
hex_values:
	.word	0                               # 0x0
	.word	1                               # 0x1
	.word	10                              # 0xa
	.word	10                              # 0xa
	.word	255                             # 0xff
	.word	2147483647                      # 0x7fffffff
	.word	233495534                       # 0xdeadbee
	.word	16                              # 0x10
	.size	hex_values, 32

	.type	oct_values,@object              # @oct_values
	.globl	oct_values
	.p2align	2
oct_values:
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	7                               # 0x7
	.word	8                               # 0x8
	.word	511                             # 0x1ff
	.word	2147483647                      # 0x7fffffff
	.size	oct_values, 24

	.type	dec_values,@object              # @dec_values
	.globl	dec_values
	.p2align	2
dec_values:
	.word	1                               # 0x1
	.word	10                              # 0xa
	.word	2147483647                      # 0x7fffffff
	.word	65535                           # 0xffff
	.size	dec_values, 16

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
